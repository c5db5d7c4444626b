def interval_intersections(first, second):
    """All non-empty intersections of two sorted lists of disjoint closed intervals, sorted."""
    raise NotImplementedError
