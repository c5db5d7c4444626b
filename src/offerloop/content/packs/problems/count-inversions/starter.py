def count_inversions(nums):
    """The number of pairs i < j with nums[i] > nums[j]."""
    raise NotImplementedError
