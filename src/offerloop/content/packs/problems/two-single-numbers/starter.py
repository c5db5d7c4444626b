def two_singles(nums):
    """The two values that appear once (all others appear twice), smaller first."""
    raise NotImplementedError
