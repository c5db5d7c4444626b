M = 1_000_000_007


def matrix_power(A, k):
    """A to the power k (A^0 is the identity), every entry modulo 1_000_000_007."""
    raise NotImplementedError
