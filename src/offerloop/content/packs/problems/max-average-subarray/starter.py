def find_max_average(nums, k):
    """The largest average of k consecutive values of nums (a float)."""
    raise NotImplementedError
