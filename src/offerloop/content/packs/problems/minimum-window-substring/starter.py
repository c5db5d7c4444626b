def min_window(s, t):
    """The leftmost shortest substring of s that contains all characters of t (with counts), or ""."""
    raise NotImplementedError
