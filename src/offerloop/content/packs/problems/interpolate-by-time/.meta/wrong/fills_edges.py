import pandas as pd


def interpolate_gaps(readings):
    filled = pd.Series(index=readings.index, dtype=float)
    for _, g in readings.groupby("sensor"):
        g = g.sort_values("ts")
        series = pd.Series(g["value"].to_numpy(), index=pd.DatetimeIndex(g["ts"]))
        filled[g.index] = series.interpolate(method="time", limit_direction="both").to_numpy()
    return readings.assign(value_filled=filled)
