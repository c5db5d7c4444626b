def subarray_sum(nums, k):
    """Number of contiguous non-empty subarrays whose sum is exactly k."""
    raise NotImplementedError
