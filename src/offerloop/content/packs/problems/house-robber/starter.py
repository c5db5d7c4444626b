def rob(nums):
    """Largest sum of nums over positions with no two adjacent."""
    raise NotImplementedError
