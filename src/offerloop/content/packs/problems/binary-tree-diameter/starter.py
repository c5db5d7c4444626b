def diameter(root):
    """Edges on the longest path between two nodes (it need not pass through the root)."""
    raise NotImplementedError
