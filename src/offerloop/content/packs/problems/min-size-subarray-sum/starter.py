def shortest_stretch(nums, target):
    """Length of the shortest contiguous sublist with sum >= target (positive nums), else 0."""
    raise NotImplementedError
