def min_path_sum(grid):
    r = c = 0
    total = grid[0][0]
    rows, cols = len(grid), len(grid[0])
    while (r, c) != (rows - 1, cols - 1):
        if r == rows - 1:
            c += 1
        elif c == cols - 1:
            r += 1
        elif grid[r][c + 1] <= grid[r + 1][c]:   # the cheaper next cell, no look-ahead
            c += 1
        else:
            r += 1
        total += grid[r][c]
    return total
