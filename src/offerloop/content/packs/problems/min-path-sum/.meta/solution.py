def min_path_sum(grid):
    cols = len(grid[0])
    best = [0] * cols
    acc = 0
    for c in range(cols):
        acc += grid[0][c]
        best[c] = acc
    for row in grid[1:]:
        best[0] += row[0]
        for c in range(1, cols):
            left, up = best[c - 1], best[c]
            best[c] = row[c] + (left if left < up else up)
    return best[-1]
