def spiral_order(matrix):
    """The values of matrix (a list of rows) in clockwise spiral order."""
    raise NotImplementedError
