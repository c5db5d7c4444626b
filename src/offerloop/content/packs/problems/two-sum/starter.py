def two_sum(nums, target):
    """Indices [i, j], i < j, of the one pair with nums[i] + nums[j] == target."""
    raise NotImplementedError
