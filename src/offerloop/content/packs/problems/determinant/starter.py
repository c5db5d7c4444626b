def determinant(A):
    """det(A) by elimination with partial pivoting; each row swap flips the sign."""
    raise NotImplementedError
