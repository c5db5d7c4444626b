def capture(board):
    # Correct, but searches the whole region again from every open cell.
    rows, cols = len(board), len(board[0])
    out = [list(row) for row in board]
    for r0 in range(rows):
        for c0 in range(cols):
            if board[r0][c0] != "O":
                continue
            seen, stack, free = {(r0, c0)}, [(r0, c0)], False
            while stack and not free:
                r, c = stack.pop()
                if r in (0, rows - 1) or c in (0, cols - 1):
                    free = True
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O" and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            if not free:
                out[r0][c0] = "X"
    return ["".join(row) for row in out]
