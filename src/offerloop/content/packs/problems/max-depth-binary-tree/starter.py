def max_depth(root):
    """Number of nodes on the longest root-to-leaf path of the level-order tree root."""
    raise NotImplementedError
