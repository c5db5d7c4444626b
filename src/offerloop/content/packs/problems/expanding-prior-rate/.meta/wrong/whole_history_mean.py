def prior_ctr(impressions, prior_weight=0.0, global_rate=0.0):
    g = impressions.groupby("user")["clicked"]
    k, m = g.transform("sum"), g.transform("size")
    return ((k + prior_weight * global_rate) / (m + prior_weight)).astype(float).rename("prior_ctr")
