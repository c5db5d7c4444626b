def count_bits(n):
    """[popcount(0), popcount(1), ..., popcount(n)]."""
    raise NotImplementedError
