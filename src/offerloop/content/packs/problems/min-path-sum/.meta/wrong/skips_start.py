def min_path_sum(grid):
    cols = len(grid[0])
    best = [0] * cols
    for c in range(1, cols):
        best[c] = best[c - 1] + grid[0][c]   # the starting cell's cost is never paid
    for row in grid[1:]:
        best[0] += row[0]
        for c in range(1, cols):
            best[c] = row[c] + min(best[c - 1], best[c])
    return best[-1]
