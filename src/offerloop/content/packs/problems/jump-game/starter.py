def can_reach_end(nums):
    """True when the last index is reachable from index 0 with jumps of at most nums[i]."""
    raise NotImplementedError
