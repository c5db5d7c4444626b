def is_anagram(s, t):
    """True when t is a rearrangement of the characters of s."""
    raise NotImplementedError
