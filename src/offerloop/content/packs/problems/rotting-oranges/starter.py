def oranges_rotting(grid):
    """Minutes until every fresh orange (1) has rotted, -1 if impossible, 0 if none is fresh."""
    raise NotImplementedError
