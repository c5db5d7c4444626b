def invert_tree(root):
    """The mirror image of the level-order tree root, as a level-order list."""
    raise NotImplementedError
