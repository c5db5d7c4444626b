def days_until_warmer(temps):
    """For each day, how many days until a strictly warmer one (0 if none comes)."""
    raise NotImplementedError
