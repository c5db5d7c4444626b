def can_partition(nums):
    """True when nums can be split into two groups with equal sums."""
    raise NotImplementedError
