def rotate(matrix):
    # Stops after the transpose.
    return [list(col) for col in zip(*matrix)]
