def search_insert(nums, targets):
    """For each target, its index in the sorted list nums, or the index where it would be inserted."""
    raise NotImplementedError
