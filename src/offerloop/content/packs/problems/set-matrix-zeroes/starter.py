def set_zeroes(matrix):
    """A copy of matrix with every row and column that holds a 0 in the input set to 0."""
    raise NotImplementedError
