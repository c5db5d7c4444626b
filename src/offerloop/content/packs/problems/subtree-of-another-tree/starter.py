def is_subtree(root, sub):
    """True when a node of root, with all its descendants, is identical to sub."""
    raise NotImplementedError
