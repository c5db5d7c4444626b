def lagged_rolling_mean(entities, values, window):
    """Per row: mean of the same entity's previous `window` values (excluding the current row); NaN if none."""
    raise NotImplementedError
