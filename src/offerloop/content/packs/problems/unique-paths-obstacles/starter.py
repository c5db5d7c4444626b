def unique_paths_with_obstacles(grid):
    """Number of right/down paths from the top-left to the bottom-right cell avoiding 1s."""
    raise NotImplementedError
