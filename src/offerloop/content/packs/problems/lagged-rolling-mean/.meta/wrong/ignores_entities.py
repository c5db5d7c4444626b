import pandas as pd


def lagged_rolling_mean(entities, values, window):
    # Shifts and rolls over the whole table, across entity boundaries.
    s = pd.Series(values, dtype=float).shift(1).rolling(window, min_periods=1).mean()
    return [float(x) for x in s]
