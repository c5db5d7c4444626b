import pandas as pd


def event_features(events):
    stats = events.groupby(["user", "event_type"])["value"].agg(["count", "sum"]).unstack(fill_value=0)
    out = pd.DataFrame(index=stats.index)
    for s, t in stats.columns:
        out[f"{t}_{s}"] = stats[(s, t)].astype("int64" if s == "count" else float)
    out.index.name = "user"
    return out
