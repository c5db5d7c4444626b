def capture(board):
    # Keeps only the open cells that lie on the border themselves, ignoring what they connect to.
    rows, cols = len(board), len(board[0])
    return ["".join("O" if ch == "O" and (r in (0, rows - 1) or c in (0, cols - 1)) else "X"
                    for c, ch in enumerate(row)) for r, row in enumerate(board)]
