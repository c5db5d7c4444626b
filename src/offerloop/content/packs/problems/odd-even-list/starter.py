def odd_even_list(head, nxt):
    """Re-link so odd positions come first, then even positions; return the updated table."""
    raise NotImplementedError
