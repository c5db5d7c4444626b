def solve_linear_system(A, b):
    """x with A x = b by Gaussian elimination with partial pivoting, as a list; None if A is singular."""
    raise NotImplementedError
