def is_valid_bst(root):
    """True when every left subtree is strictly smaller and every right subtree strictly larger."""
    raise NotImplementedError
