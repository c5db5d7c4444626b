def gate_distances(grid):
    """Moves from each cell to the nearest gate 'G' (0 at gates, -1 for walls and unreachable cells)."""
    raise NotImplementedError
