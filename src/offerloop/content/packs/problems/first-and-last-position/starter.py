def value_range(nums, target):
    """[first, last] index of target in a sorted list, or [-1, -1]; O(log n)."""
    raise NotImplementedError
