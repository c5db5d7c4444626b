def median_sorted(a, b):
    """Median of the values of two sorted lists together, in O(log(min(len(a), len(b))))."""
    raise NotImplementedError
