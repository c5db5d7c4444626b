def dedupe_sorted(head, val, nxt):
    """Keep the first node of each run of equal values in a sorted list; return the updated table."""
    raise NotImplementedError
