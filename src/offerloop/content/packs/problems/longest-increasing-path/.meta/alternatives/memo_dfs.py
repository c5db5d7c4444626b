from functools import lru_cache


def longest_increasing_path(matrix):
    # DFS from every cell with a cache: each cell's best climb is computed once.
    rows, cols = len(matrix), len(matrix[0])

    @lru_cache(maxsize=None)
    def climb(r, c):
        best = 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                best = max(best, 1 + climb(nr, nc))
        return best

    return max(climb(r, c) for r in range(rows) for c in range(cols))
