import pandas as pd


def lagged_rolling_mean(entities, values, window):
    # min_periods = window: NaN until a full window of history exists.
    s = pd.Series(values, dtype=float)
    out = s.groupby(pd.Series(entities)).transform(lambda g: g.shift(1).rolling(window).mean())
    return [float(x) for x in out]
