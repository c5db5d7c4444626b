def max_subarray(nums):
    """The largest sum of a non-empty contiguous subarray of nums."""
    raise NotImplementedError
