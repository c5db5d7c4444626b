def kth_smallest(root, k):
    """The k-th smallest value (1-based) of the BST given as a level-order list."""
    raise NotImplementedError
