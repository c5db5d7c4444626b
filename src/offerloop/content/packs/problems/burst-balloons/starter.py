def max_coins(nums):
    """Most coins from bursting every balloon; a burst earns left * self * right (1 past the ends)."""
    raise NotImplementedError
