def max_sliding_window(nums, k):
    """The maximum of every window of k consecutive values of nums."""
    raise NotImplementedError
