def unique_paths_with_obstacles(grid):
    cols = len(grid[0])
    ways = [0] * cols
    ways[0] = 1
    for r, row in enumerate(grid):
        for c in range(cols):
            if row[c] == 1 and (r, c) != (0, 0):   # a blocked start still counts as free
                ways[c] = 0
            elif c:
                ways[c] += ways[c - 1]
    return ways[-1]
