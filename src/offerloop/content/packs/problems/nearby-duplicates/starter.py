def has_nearby_repeat(nums, k):
    """True when some value appears at two positions at most k apart."""
    raise NotImplementedError
