def subsets(nums):
    """Every subset of the distinct integers nums, as a list of lists (any order)."""
    raise NotImplementedError
