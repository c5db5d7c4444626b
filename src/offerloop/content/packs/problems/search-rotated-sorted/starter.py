def search_rotated(nums, target):
    """Index of target in a rotated ascending list of distinct integers, or -1; O(log n)."""
    raise NotImplementedError
