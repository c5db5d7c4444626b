def exists(board, word):
    # Marks cells as used but never unmarks them: a failed branch blocks the right path.
    rows, cols = len(board), len(board[0])
    used = set()

    def dfs(r, c, k):
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        used.add((r, c))
        return any(dfs(r + dr, c + dc, k + 1) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))

    for r in range(rows):
        for c in range(cols):
            used.clear()
            if dfs(r, c, 0):
                return True
    return False
