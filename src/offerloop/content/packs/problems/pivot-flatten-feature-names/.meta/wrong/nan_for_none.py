import pandas as pd


def event_features(events):
    stats = events.groupby(["user", "event_type"])["value"].agg(["count", "sum"]).unstack()
    out = pd.DataFrame(index=stats.index)
    for t in sorted(events["event_type"].unique()):
        out[f"{t}_count"] = stats[("count", t)].fillna(0).astype("int64")
        out[f"{t}_sum"] = stats[("sum", t)].astype(float)
    out.index.name = "user"
    return out
