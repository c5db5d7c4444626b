def debounce_clicks(clicks, window_s):
    # One click per user per window-sized time bucket: a throttle, not a debounce.
    bucket = clicks["ts"].dt.floor(f"{window_s}s")
    keep = clicks.assign(b=bucket).sort_values("ts").drop_duplicates(["user", "b"]).index
    return clicks.loc[clicks.index.isin(keep)]
