def combination_sum_once(items, target):
    """Every distinct multiset of items (each used at most once) summing to target (any order)."""
    raise NotImplementedError
