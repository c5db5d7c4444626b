import numpy as np


def debounce_clicks(clicks, window_s):
    # One scan over all rows sorted by user and time, on integer nanoseconds.
    order = np.lexsort((clicks["ts"].to_numpy().astype("datetime64[ns]").astype(np.int64), clicks["user"].to_numpy()))
    users = clicks["user"].to_numpy()[order]
    t = clicks["ts"].to_numpy().astype("datetime64[ns]").astype(np.int64)[order]
    keep = np.zeros(len(clicks), dtype=bool)
    window = window_s * 1_000_000_000
    last_user, last_t = None, 0
    for k in range(len(order)):
        if users[k] != last_user or t[k] - last_t > window:
            keep[order[k]] = True
            last_user, last_t = users[k], t[k]
    return clicks[keep]
