def max_xor(nums):
    """Largest nums[i] ^ nums[j] over pairs of positions i < j."""
    raise NotImplementedError
