def min_path_sum(grid):
    """Least cost of a right/down path from the top-left to the bottom-right cell, both ends counted."""
    raise NotImplementedError
