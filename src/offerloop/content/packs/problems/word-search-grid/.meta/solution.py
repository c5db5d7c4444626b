def exists(board, word):
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]

    def dfs(r, c, k):
        if not (0 <= r < rows and 0 <= c < cols) or used[r][c] or board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        used[r][c] = True
        found = dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1) or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1)
        used[r][c] = False
        return found

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
