def exists(board, word):
    # Also steps diagonally.
    rows, cols = len(board), len(board[0])
    used = set()
    steps = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

    def dfs(r, c, k):
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        used.add((r, c))
        found = any(dfs(r + dr, c + dc, k + 1) for dr, dc in steps)
        used.discard((r, c))
        return found

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
