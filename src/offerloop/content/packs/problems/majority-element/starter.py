def majority_element(nums):
    """The value that appears more than len(nums) // 2 times."""
    raise NotImplementedError
