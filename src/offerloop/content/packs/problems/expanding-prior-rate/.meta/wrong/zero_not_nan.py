def prior_ctr(impressions, prior_weight=0.0, global_rate=0.0):
    s = impressions.sort_values(["user", "ts"])
    g = s.groupby("user")["clicked"]
    clicks, seen = g.cumsum() - s["clicked"], g.cumcount()
    rate = ((clicks + prior_weight * global_rate) / (seen + prior_weight)).fillna(0.0)
    return rate.astype(float).reindex(impressions.index).rename("prior_ctr")
