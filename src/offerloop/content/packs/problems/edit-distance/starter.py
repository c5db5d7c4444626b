def edit_distance(a, b):
    """Levenshtein distance between two sequences (insert, delete, substitute, each cost 1)."""
    raise NotImplementedError
