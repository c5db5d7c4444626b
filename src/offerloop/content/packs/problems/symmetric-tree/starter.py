def is_symmetric(root):
    """True when the level-order tree root is a mirror image of itself."""
    raise NotImplementedError
