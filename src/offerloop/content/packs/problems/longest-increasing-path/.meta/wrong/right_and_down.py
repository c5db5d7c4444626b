def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])
    best = [[1] * cols for _ in range(rows)]
    for r in range(rows - 1, -1, -1):
        for c in range(cols - 1, -1, -1):
            for nr, nc in ((r + 1, c), (r, c + 1)):   # never steps up or left
                if nr < rows and nc < cols and matrix[nr][nc] > matrix[r][c]:
                    best[r][c] = max(best[r][c], best[nr][nc] + 1)
    return max(max(row) for row in best)
