def set_zeroes(matrix):
    # Correct, but clears a full row and column for every zero found.
    out = [row[:] for row in matrix]
    zeros = [(r, c) for r, row in enumerate(matrix) for c, v in enumerate(row) if v == 0]
    for r, c in zeros:
        for k in range(len(out[0])):
            out[r][k] = 0
        for k in range(len(out)):
            out[k][c] = 0
    return out
