def swim_time(grid):
    """Earliest t at which (0, 0) and (n-1, n-1) are joined through cells of elevation <= t."""
    raise NotImplementedError
