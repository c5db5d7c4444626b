from itertools import product


def param_grid(grid):
    """Yield every combination of the grid's values as a dict (names sorted, last name fastest)."""
    raise NotImplementedError
    yield
