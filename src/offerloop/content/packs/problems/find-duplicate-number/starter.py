def find_duplicate(nums):
    """The one value that occurs more than once in nums (n + 1 values in 1..n)."""
    raise NotImplementedError
