def build_tree(preorder, inorder):
    """The tree with these traversals, as a level-order list (LeetCode style)."""
    raise NotImplementedError
