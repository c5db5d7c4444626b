from collections import deque


def gate_distances(grid):
    # Starts the search from the first gate only; the other gates count as plain floor.
    rows, cols = len(grid), len(grid[0])
    dist = [[-1] * cols for _ in range(rows)]
    starts = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "G"]
    if not starts:
        return dist
    for r, c in starts:
        dist[r][c] = 0
    queue = deque(starts[:1])
    seen = {starts[0]}
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                if grid[nr][nc] == ".":
                    dist[nr][nc] = dist[r][c] + 1 if grid[r][c] == "." else 1
                queue.append((nr, nc))
    return dist
