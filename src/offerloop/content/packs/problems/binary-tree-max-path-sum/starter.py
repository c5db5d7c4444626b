def max_path_sum(root):
    """The largest sum of any path (at least one node) in the non-empty level-order tree root."""
    raise NotImplementedError
