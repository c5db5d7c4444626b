def min_jumps(nums):
    """Fewest jumps (each at most nums[i] forward) from index 0 to the last index."""
    raise NotImplementedError
