def count_sign_ways(nums, target):
    """Number of +/- sign assignments to nums whose signed sum equals target."""
    raise NotImplementedError
