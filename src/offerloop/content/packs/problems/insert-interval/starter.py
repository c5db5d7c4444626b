def insert_interval(intervals, new):
    """Insert new into sorted, disjoint intervals and merge what it overlaps or touches."""
    raise NotImplementedError
