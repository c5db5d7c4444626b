def move_zeroes(nums):
    """nums with the zeros moved to the end, the other values in their original order."""
    raise NotImplementedError
