def range_sums(nums, queries):
    """For each [left, right] in queries, the sum of nums[left..right] inclusive."""
    raise NotImplementedError
