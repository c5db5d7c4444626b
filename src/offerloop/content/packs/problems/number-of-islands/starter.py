def num_islands(grid):
    """Number of 4-connected groups of "1" cells in a list of strings."""
    raise NotImplementedError
