def next_greater(subset, nums):
    """For each value of subset, the first larger value to its right in nums, or -1."""
    raise NotImplementedError
