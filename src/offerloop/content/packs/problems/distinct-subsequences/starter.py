def count_subsequences(s, t):
    """Number of ways to pick positions of s spelling t in order, modulo 1_000_000_007."""
    raise NotImplementedError
