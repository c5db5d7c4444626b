def subsets_with_dup(nums):
    """Every distinct sub-multiset of nums, each once, as a list of lists (any order)."""
    raise NotImplementedError
