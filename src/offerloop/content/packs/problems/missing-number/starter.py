def missing_number(nums):
    """The one number of 0..len(nums) that is not in nums."""
    raise NotImplementedError
