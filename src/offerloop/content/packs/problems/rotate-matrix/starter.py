def rotate(matrix):
    """Rotate the square matrix 90 degrees clockwise (in place if you can) and return it."""
    raise NotImplementedError
