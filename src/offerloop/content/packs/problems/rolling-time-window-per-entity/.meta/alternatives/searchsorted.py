import numpy as np
import pandas as pd


def spend_last_7_days(txns):
    # Per customer: binary-search each time's window start in the sorted times, sum by prefix sums.
    spend = pd.Series(0.0, index=txns.index)
    count = pd.Series(0, index=txns.index, dtype="int64")
    week = np.timedelta64(7, "D")
    for _, g in txns.groupby("customer"):
        g = g.sort_values("ts")
        t = g["ts"].to_numpy()
        starts = np.searchsorted(t, t - week, side="left")
        ends = np.arange(len(g))  # times are distinct: everything before row i is earlier
        prefix = np.concatenate([[0.0], np.cumsum(g["amount"].to_numpy())])
        spend[g.index] = prefix[ends] - prefix[starts]
        count[g.index] = ends - starts
    return txns.assign(spend_7d=spend, n_7d=count)
