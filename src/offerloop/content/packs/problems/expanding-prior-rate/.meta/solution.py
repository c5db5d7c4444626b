import pandas as pd


def prior_ctr(impressions: pd.DataFrame, prior_weight: float = 0.0, global_rate: float = 0.0) -> pd.Series:
    s = impressions.sort_values(["user", "ts"])
    g = s.groupby("user")["clicked"]
    clicks = g.cumsum() - s["clicked"]  # earlier clicks only
    seen = g.cumcount()  # earlier impressions
    rate = (clicks + prior_weight * global_rate) / (seen + prior_weight)
    rate = rate.where(seen + prior_weight > 0)
    return rate.astype(float).reindex(impressions.index).rename("prior_ctr")
