import pandas as pd


def debounce_clicks(clicks, window_s):
    window = pd.Timedelta(seconds=window_s)
    kept = []
    for _, g in clicks.sort_values(["user", "ts"]).groupby("user", sort=False):
        last = None
        for label, ts in zip(g.index, g["ts"]):
            if last is None or ts - last >= window:
                kept.append(label)
                last = ts
    return clicks.loc[clicks.index.isin(kept)]
