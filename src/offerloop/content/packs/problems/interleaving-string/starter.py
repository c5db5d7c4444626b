def is_interleaving(a, b, c):
    """True when c is a merge of all of a and all of b that keeps each one's order."""
    raise NotImplementedError
