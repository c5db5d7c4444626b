def right_side_view(root):
    """The rightmost value at each depth of the level-order tree root, top to bottom."""
    raise NotImplementedError
