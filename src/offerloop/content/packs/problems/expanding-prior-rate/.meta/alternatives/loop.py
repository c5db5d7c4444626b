import math

import pandas as pd


def prior_ctr(impressions, prior_weight=0.0, global_rate=0.0):
    # Walk the impressions in time order, keeping per-user running counts.
    order = sorted(range(len(impressions)), key=lambda i: (impressions["user"].iat[i], impressions["ts"].iat[i]))
    counts = {}
    out = [math.nan] * len(impressions)
    for i in order:
        user = impressions["user"].iat[i]
        k, m = counts.get(user, (0, 0))
        den = m + prior_weight
        out[i] = (k + prior_weight * global_rate) / den if den > 0 else math.nan
        counts[user] = (k + int(impressions["clicked"].iat[i]), m + 1)
    return pd.Series(out, index=impressions.index, name="prior_ctr", dtype=float)
