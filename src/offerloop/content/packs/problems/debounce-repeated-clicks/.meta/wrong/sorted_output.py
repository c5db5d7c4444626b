import pandas as pd


def debounce_clicks(clicks, window_s):
    window = pd.Timedelta(seconds=window_s)
    s = clicks.sort_values(["user", "ts"])
    kept = []
    for _, g in s.groupby("user", sort=False):
        last = None
        for label, ts in zip(g.index, g["ts"]):
            if last is None or ts - last > window:
                kept.append(label)
                last = ts
    return s.loc[kept]
