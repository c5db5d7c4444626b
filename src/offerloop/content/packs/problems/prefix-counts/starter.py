def count_prefixes(words, prefixes):
    """For each prefix, how many entries of words (repeats included) start with it."""
    raise NotImplementedError
