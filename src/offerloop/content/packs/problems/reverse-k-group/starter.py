def reverse_k_group(head, nxt, k):
    """Reverse every full group of k nodes of the list; return [new_head, updated nxt]."""
    raise NotImplementedError
