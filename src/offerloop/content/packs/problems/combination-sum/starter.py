def combination_sum(candidates, target):
    """Every multiset of candidates (reuse allowed) summing to target, each once (any order)."""
    raise NotImplementedError
