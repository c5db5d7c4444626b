import numpy as np


def min_cost_threshold(y_true, scores, cost_fp, cost_fn):
    # One sort and cumulative counts over the distinct scores, descending.
    y = np.asarray(y_true).astype(int)
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    last = np.r_[s[1:] != s[:-1], True]  # the last row of each run of tied scores
    tp = np.cumsum(y)[last]
    flagged = np.flatnonzero(last) + 1
    fp = flagged - tp
    costs = np.r_[cost_fn * y.sum(), cost_fp * fp + cost_fn * (y.sum() - tp)]
    thresholds = np.r_[np.inf, s[last]]
    counts = np.r_[0, flagged]
    i = int(np.argmin(costs))  # the first minimum is the largest threshold
    return {"threshold": float(thresholds[i]), "cost": float(costs[i]), "flagged": int(counts[i])}
