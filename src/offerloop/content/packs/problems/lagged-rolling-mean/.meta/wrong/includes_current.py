import pandas as pd


def lagged_rolling_mean(entities, values, window):
    # Rolling mean that includes the current row (no shift).
    s = pd.Series(values, dtype=float)
    out = s.groupby(pd.Series(entities)).transform(lambda g: g.rolling(window, min_periods=1).mean())
    return [float(x) for x in out]
