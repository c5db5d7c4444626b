def unique_paths_with_obstacles(grid):
    if not grid or not grid[0]:
        return 0
    cols = len(grid[0])
    ways = [0] * cols
    ways[0] = 1
    for row in grid:
        for c in range(cols):
            if row[c] == 1:
                ways[c] = 0
            elif c:
                ways[c] += ways[c - 1]
    return ways[-1]
