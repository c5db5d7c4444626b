import pandas as pd


def debounce_clicks(clicks, window_s):
    s = clicks.sort_values(["user", "ts"])
    gap = s.groupby("user")["ts"].diff()
    keep = gap.isna() | (gap > pd.Timedelta(seconds=window_s))
    return clicks.loc[keep.reindex(clicks.index)]
