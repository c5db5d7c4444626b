def middle_node(head, nxt):
    """Number of the middle node of the list from head (the second middle for even lengths)."""
    raise NotImplementedError
