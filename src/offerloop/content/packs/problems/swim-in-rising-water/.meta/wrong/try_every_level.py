def swim_time(grid):
    # Correct, but tries t = 0, 1, 2, ... with a fresh flood fill each time: O(n^4).
    n = len(grid)
    for t in range(n * n):
        if grid[0][0] > t:
            continue
        seen, stack = {(0, 0)}, [(0, 0)]
        while stack:
            r, c = stack.pop()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen and grid[nr][nc] <= t:
                    seen.add((nr, nc))
                    stack.append((nr, nc))
        if (n - 1, n - 1) in seen:
            return t
    return -1
