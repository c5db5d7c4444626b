def ship_within_days(weights, days):
    """Smallest ship capacity that ships the packages, in order, within `days` days."""
    raise NotImplementedError
