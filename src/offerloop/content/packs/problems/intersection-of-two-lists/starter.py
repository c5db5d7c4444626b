def first_shared_node(head_a, head_b, nxt):
    """The first node reached by both lists (from head_a and head_b in table nxt), or -1."""
    raise NotImplementedError
