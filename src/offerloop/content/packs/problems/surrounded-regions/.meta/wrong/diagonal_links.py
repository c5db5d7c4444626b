def capture(board):
    # Lets a diagonal touch connect an inner region to the border.
    rows, cols = len(board), len(board[0])
    safe = set()
    stack = [(r, c) for r in range(rows) for c in range(cols)
             if (r in (0, rows - 1) or c in (0, cols - 1)) and board[r][c] == "O"]
    safe.update(stack)
    while stack:
        r, c = stack.pop()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O" and (nr, nc) not in safe:
                    safe.add((nr, nc))
                    stack.append((nr, nc))
    return ["".join("O" if (r, c) in safe else "X" for c in range(cols)) for r in range(rows)]
