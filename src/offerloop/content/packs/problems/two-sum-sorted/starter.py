def two_sum_sorted(numbers, target):
    """Indices [i, j], i < j, of the one pair summing to target in the sorted list numbers."""
    raise NotImplementedError
