def longest_increasing_path(matrix):
    """Number of cells on the longest path of strictly increasing side-adjacent cells."""
    raise NotImplementedError
