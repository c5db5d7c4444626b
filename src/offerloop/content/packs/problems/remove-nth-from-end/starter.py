def remove_kth_from_end(head, nxt, k):
    """Unlink the k-th node from the end; return [new_head, updated nxt] (removed node -> -1)."""
    raise NotImplementedError
