import pandas as pd


def interpolate_gaps(readings):
    s = readings.sort_values("ts")
    series = pd.Series(s["value"].to_numpy(), index=pd.DatetimeIndex(s["ts"]))
    filled = pd.Series(series.interpolate(method="time", limit_area="inside").to_numpy(), index=s.index)
    return readings.assign(value_filled=filled)
