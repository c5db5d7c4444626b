def permutations(nums):
    """Every ordering of the distinct integers nums, each once (outer order free)."""
    raise NotImplementedError
