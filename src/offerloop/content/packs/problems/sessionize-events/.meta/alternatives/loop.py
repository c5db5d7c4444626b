import pandas as pd


def sessionize(events, gap_minutes):
    # One walk per user in time order.
    gap = pd.Timedelta(minutes=gap_minutes)
    sid, start = {}, {}
    for user, g in events.groupby("user"):
        g = g.sort_values("ts")
        n, prev, first = 0, None, None
        for label, ts in zip(g.index, g["ts"]):
            if prev is None or ts - prev > gap:
                n, first = n + 1, ts
            sid[label], start[label], prev = n, first, ts
    return events.assign(session_id=[sid[k] for k in events.index],
                         session_start=pd.Series([start[k] for k in events.index], index=events.index,
                                                 dtype=events["ts"].dtype))
