def hit_rate_at_k(recommendations, held_out, k):
    """Fraction of users whose held-out item is among their first k recommendations."""
    raise NotImplementedError
