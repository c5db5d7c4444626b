def length_of_lis(nums):
    """Length of the longest strictly increasing subsequence."""
    raise NotImplementedError
