def time_features(timestamps):
    """hour, day_of_week (Mon=0), is_weekend, month and hours_since_previous (chronological; NaN first), in input order."""
    raise NotImplementedError
