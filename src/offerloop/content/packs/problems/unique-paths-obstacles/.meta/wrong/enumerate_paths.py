def unique_paths_with_obstacles(grid):
    # Correct, but walks every path one by one: exponential.
    rows, cols = len(grid), len(grid[0])

    def go(r, c):
        if r >= rows or c >= cols or grid[r][c] == 1:
            return 0
        if r == rows - 1 and c == cols - 1:
            return 1
        return go(r + 1, c) + go(r, c + 1)

    return go(0, 0)
