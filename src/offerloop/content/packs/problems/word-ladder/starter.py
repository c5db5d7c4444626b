def ladder_length(begin, end, words):
    """Words in the shortest one-letter-at-a-time ladder from begin to end (0 if none)."""
    raise NotImplementedError
