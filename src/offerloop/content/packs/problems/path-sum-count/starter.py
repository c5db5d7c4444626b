def count_paths(root, target):
    """How many downward paths (any start, any end below it) sum to target."""
    raise NotImplementedError
