def min_eating_speed(piles, h):
    """Smallest integer speed that finishes all piles in at most h hours."""
    raise NotImplementedError
