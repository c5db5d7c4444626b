def peak_index(heights):
    """Index of the summit of a strictly rising then strictly falling profile, in O(log n)."""
    raise NotImplementedError
