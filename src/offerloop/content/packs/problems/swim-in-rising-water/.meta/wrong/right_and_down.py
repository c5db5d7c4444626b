def swim_time(grid):
    # Dynamic programme over right and down moves only.
    n = len(grid)
    best = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            if r == 0 and c == 0:
                best[r][c] = grid[0][0]
            else:
                prev = min(best[r - 1][c] if r else float("inf"), best[r][c - 1] if c else float("inf"))
                best[r][c] = max(prev, grid[r][c])
    return best[n - 1][n - 1]
