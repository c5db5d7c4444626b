def find_words(board, words):
    # Correct, but backtracks over the whole board separately for every word.
    rows, cols = len(board), len(board[0])
    grid = [list(row) for row in board]

    def trace(word, i, r, c):
        if grid[r][c] != word[i]:
            return False
        if i + 1 == len(word):
            return True
        ch, grid[r][c] = grid[r][c], "#"
        ok = any(0 <= rr < rows and 0 <= cc < cols and trace(word, i + 1, rr, cc)
                 for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)))
        grid[r][c] = ch
        return ok

    return sorted(w for w in words if any(trace(w, 0, r, c) for r in range(rows) for c in range(cols)))
