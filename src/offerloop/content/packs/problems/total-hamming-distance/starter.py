def total_hamming(nums):
    """Sum over pairs i < j of the number of differing bits between nums[i] and nums[j]."""
    raise NotImplementedError
