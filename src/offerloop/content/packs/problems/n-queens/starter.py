def solve_n_queens(n):
    """Every placement of n non-attacking queens, as lists of n strings of 'Q' and '.' (any order)."""
    raise NotImplementedError
