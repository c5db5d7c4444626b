def merge_k_sorted(lists):
    """Merge k sorted lists (plain Python lists) into one sorted list."""
    raise NotImplementedError
