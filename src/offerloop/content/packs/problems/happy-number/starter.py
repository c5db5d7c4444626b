def is_happy(n):
    """True if repeatedly summing the squares of n's digits reaches 1."""
    raise NotImplementedError
