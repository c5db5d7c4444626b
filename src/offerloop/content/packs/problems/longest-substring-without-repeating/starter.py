def length_of_longest_substring(s):
    """Length of the longest substring of s with no repeated character."""
    raise NotImplementedError
