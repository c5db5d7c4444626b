def longest_two_kinds(items):
    """Length of the longest contiguous stretch holding at most two distinct values."""
    raise NotImplementedError
