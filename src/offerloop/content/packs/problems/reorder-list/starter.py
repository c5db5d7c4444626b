def reorder_list(head, nxt):
    """Re-link L0 -> L1 -> ... -> Lm as L0 -> Lm -> L1 -> L(m-1) -> ...; return the updated table."""
    raise NotImplementedError
