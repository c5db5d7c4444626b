def set_zeroes(matrix):
    # In-place marks in the first row and column, without remembering whether the first row or
    # column held a zero to begin with.
    m = [row[:] for row in matrix]
    rows, cols = len(m), len(m[0])
    for r in range(rows):
        for c in range(cols):
            if m[r][c] == 0:
                m[r][0] = 0
                m[0][c] = 0
    for r in range(1, rows):
        for c in range(1, cols):
            if m[r][0] == 0 or m[0][c] == 0:
                m[r][c] = 0
    return m
