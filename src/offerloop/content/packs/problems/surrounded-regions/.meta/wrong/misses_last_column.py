def capture(board):
    # Seeds from the first and last row and the first column, but not the last column.
    rows, cols = len(board), len(board[0])
    safe = set()
    stack = [(r, c) for r in range(rows) for c in range(cols)
             if (r in (0, rows - 1) or c == 0) and board[r][c] == "O"]
    safe.update(stack)
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O" and (nr, nc) not in safe:
                safe.add((nr, nc))
                stack.append((nr, nc))
    return ["".join("O" if (r, c) in safe else "X" for c in range(cols)) for r in range(rows)]
