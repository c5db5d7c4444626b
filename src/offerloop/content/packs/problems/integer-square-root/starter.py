def floor_sqrt(x):
    """The largest integer r with r * r <= x, for 0 <= x <= 10**18, using integers only."""
    raise NotImplementedError
