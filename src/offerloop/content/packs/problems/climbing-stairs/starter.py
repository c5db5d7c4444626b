def count_climbs(n, steps):
    """Number of ordered move sequences (sizes from steps) summing to n, modulo 1_000_000_007."""
    raise NotImplementedError
