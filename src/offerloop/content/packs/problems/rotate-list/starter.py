def rotate_right(head, nxt, k):
    """Move the last k nodes (k mod length) to the front; return [new_head, updated nxt]."""
    raise NotImplementedError
