def max_product(nums):
    """Largest product of a non-empty contiguous subarray of nums."""
    raise NotImplementedError
