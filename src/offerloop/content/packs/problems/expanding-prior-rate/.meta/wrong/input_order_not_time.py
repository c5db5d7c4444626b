def prior_ctr(impressions, prior_weight=0.0, global_rate=0.0):
    g = impressions.groupby("user")["clicked"]
    clicks = g.cumsum() - impressions["clicked"]
    seen = g.cumcount()
    rate = (clicks + prior_weight * global_rate) / (seen + prior_weight)
    return rate.where(seen + prior_weight > 0).astype(float).rename("prior_ctr")
