def find_words(board, words):
    # A trie of the words; each trie node keeps its word under "$" until it is found once.
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows = len(board)
    cols = len(board[0]) if rows else 0
    grid = [list(row) for row in board]
    found = []

    def dfs(r, c, parent):
        ch = grid[r][c]
        node = parent.get(ch)
        if node is None:
            return
        if "$" in node:
            found.append(node.pop("$"))
        grid[r][c] = "#"   # in use on the current path
        for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= rr < rows and 0 <= cc < cols and grid[rr][cc] != "#":
                dfs(rr, cc, node)
        grid[r][c] = ch
        if not node:       # every word below was found: prune the branch
            del parent[ch]

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, root)
    return sorted(found)
