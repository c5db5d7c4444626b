def three_sum(nums):
    """All distinct sorted triplets [a, b, c] from different positions with a + b + c == 0."""
    raise NotImplementedError
