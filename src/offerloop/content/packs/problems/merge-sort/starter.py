def sort_array(nums):
    """nums in ascending order, by your own O(n log n) sort (no sorted / list.sort)."""
    raise NotImplementedError
