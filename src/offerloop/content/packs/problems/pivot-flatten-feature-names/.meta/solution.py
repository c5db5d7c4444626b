import pandas as pd


def event_features(events: pd.DataFrame) -> pd.DataFrame:
    stats = events.groupby(["user", "event_type"])["value"].agg(["count", "sum"]).unstack(fill_value=0)
    types = sorted(events["event_type"].unique())
    out = pd.DataFrame(index=stats.index)
    for t in types:
        out[f"{t}_count"] = stats[("count", t)].astype("int64")
        out[f"{t}_sum"] = stats[("sum", t)].astype(float)
    out.index.name = "user"
    return out
