import pandas as pd


def interpolate_gaps(readings):
    filled = pd.Series(index=readings.index, dtype=float)
    for _, g in readings.groupby("sensor"):
        g = g.sort_values("ts")
        filled[g.index] = g["value"].interpolate(method="linear", limit_area="inside").to_numpy()
    return readings.assign(value_filled=filled)
