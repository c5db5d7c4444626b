def collapse_pairs(s):
    """Remove adjacent equal letter pairs until none are left; return the remaining string."""
    raise NotImplementedError
