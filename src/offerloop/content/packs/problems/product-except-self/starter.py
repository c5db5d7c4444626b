def product_except_self(nums):
    """out[i] = product of all nums[j] with j != i, computed without division."""
    raise NotImplementedError
