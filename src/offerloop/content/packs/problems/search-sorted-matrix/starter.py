def search_matrix(matrix, target):
    """[row, col] of target in a row-major sorted matrix of distinct integers, or [-1, -1]."""
    raise NotImplementedError
