def k_closest(points, k):
    """The k points nearest to (0, 0), as [x, y] lists, in any order."""
    raise NotImplementedError
