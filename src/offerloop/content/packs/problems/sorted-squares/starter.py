def sorted_squares(nums):
    """Squares of a sorted list of integers, in non-decreasing order."""
    raise NotImplementedError
