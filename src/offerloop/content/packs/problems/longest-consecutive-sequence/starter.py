def longest_consecutive(nums):
    """Length of the longest run of consecutive integer values present in nums."""
    raise NotImplementedError
