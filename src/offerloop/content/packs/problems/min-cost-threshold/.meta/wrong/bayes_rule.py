import numpy as np


def min_cost_threshold(y_true, scores, cost_fp, cost_fn):
    # The Bayes threshold assumes calibrated probabilities; it is not the empirical minimum.
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    t = cost_fp / (cost_fp + cost_fn)
    flagged = s >= t
    cost = cost_fp * int(np.sum(flagged & ~y)) + cost_fn * int(np.sum(~flagged & y))
    return {"threshold": float(t), "cost": float(cost), "flagged": int(flagged.sum())}
