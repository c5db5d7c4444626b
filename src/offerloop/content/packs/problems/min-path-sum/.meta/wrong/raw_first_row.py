def min_path_sum(grid):
    rows, cols = len(grid), len(grid[0])
    best = [row[:] for row in grid]   # first row and column keep raw costs, not running sums
    for r in range(1, rows):
        for c in range(1, cols):
            best[r][c] += min(best[r - 1][c], best[r][c - 1])
    if rows == 1:
        return sum(grid[0])
    if cols == 1:
        return sum(row[0] for row in grid)
    return best[-1][-1]
