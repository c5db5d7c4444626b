def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])
    best = [[1] * cols for _ in range(rows)]
    order = sorted(((matrix[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
    for h, r, c in order:
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            # >= lets a path step onto an equal neighbour
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] >= h and (nr, nc) != (r, c):
                best[r][c] = max(best[r][c], best[nr][nc] + 1)
    return max(max(row) for row in best)
