def longest_increasing_path(matrix):
    # Correct, but re-explores every path from every cell: exponential on smooth slopes.
    rows, cols = len(matrix), len(matrix[0])

    def walk(r, c):
        best = 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                best = max(best, 1 + walk(nr, nc))
        return best

    return max(walk(r, c) for r in range(rows) for c in range(cols))
