def last_stone_weight(stones):
    """Weight of the last stone after smashing the two heaviest until at most one is left (0 if none)."""
    raise NotImplementedError
