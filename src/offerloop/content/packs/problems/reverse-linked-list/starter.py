def reverse_list(head, nxt):
    """Reverse the list starting at node head in the table nxt; return [new_head, updated nxt]."""
    raise NotImplementedError
