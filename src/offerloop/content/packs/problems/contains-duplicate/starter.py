def contains_duplicate(nums):
    """True when some value appears at least twice in nums."""
    raise NotImplementedError
