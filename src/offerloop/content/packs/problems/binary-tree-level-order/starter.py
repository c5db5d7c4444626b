def level_order(root):
    """Values level by level (a list per depth, left to right). root is a level-order list with None."""
    raise NotImplementedError
