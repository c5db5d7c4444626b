def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])
    memo = {}

    def steps(r, c):
        if (r, c) not in memo:
            memo[r, c] = max((1 + steps(nr, nc) for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                              if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]), default=0)
        return memo[r, c]

    return max(steps(r, c) for r in range(rows) for c in range(cols))   # moves, not cells
