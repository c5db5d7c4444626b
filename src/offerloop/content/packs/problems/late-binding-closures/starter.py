def make_multipliers(n):
    """Return [f0, f1, ..., f(n-1)] where fi(x) == i * x."""
    raise NotImplementedError
