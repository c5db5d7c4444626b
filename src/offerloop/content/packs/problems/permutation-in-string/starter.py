def contains_anagram(pattern, text):
    """True when some window of text of len(pattern) letters is a permutation of pattern."""
    raise NotImplementedError
