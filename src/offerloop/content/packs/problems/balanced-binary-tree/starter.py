def is_balanced(root):
    """True when every node's two subtree heights differ by at most 1."""
    raise NotImplementedError
