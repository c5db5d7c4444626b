def max_area_of_island(grid):
    """The number of cells in the largest 4-connected group of 1s (0 if there is none)."""
    raise NotImplementedError
