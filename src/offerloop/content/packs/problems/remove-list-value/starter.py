def remove_value(head, val, nxt, target):
    """Unlink every list node whose value is target; return [new_head, updated nxt]."""
    raise NotImplementedError
