def longest_common_subsequence(a, b):
    """Length of the longest common subsequence of strings a and b."""
    raise NotImplementedError
