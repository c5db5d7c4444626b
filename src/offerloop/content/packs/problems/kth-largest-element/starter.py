def find_kth_largest(nums, k):
    """The k-th largest value of nums, duplicates counted (k = 1 is the maximum)."""
    raise NotImplementedError
