def find_min(nums):
    """Smallest value of a rotated ascending list of distinct integers, in O(log n)."""
    raise NotImplementedError
