def lowest_common_ancestor(root, p, q):
    """Value of the lowest node that has both p and q (values) in its subtree."""
    raise NotImplementedError
