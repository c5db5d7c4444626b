def min_path_sum(grid):
    # Correct, but explores every right/down path: exponential.
    rows, cols = len(grid), len(grid[0])

    def best(r, c):
        if r == rows - 1 and c == cols - 1:
            return grid[r][c]
        options = []
        if r + 1 < rows:
            options.append(best(r + 1, c))
        if c + 1 < cols:
            options.append(best(r, c + 1))
        return grid[r][c] + min(options)

    return best(0, 0)
