def has_cycle(head, nxt):
    """True when following nxt from head never reaches -1."""
    raise NotImplementedError
