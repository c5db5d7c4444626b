import numpy as np


def min_cost_threshold(y_true, scores, cost_fp, cost_fn):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    best = (cost_fn * int(y.sum()), float("inf"), 0)  # flag nothing
    for t in np.unique(s)[::-1]:  # largest first, so only a strictly lower cost replaces the best
        flagged = s >= t
        cost = cost_fp * int(np.sum(flagged & ~y)) + cost_fn * int(np.sum(~flagged & y))
        if cost < best[0]:
            best = (cost, float(t), int(flagged.sum()))
    return {"threshold": best[1], "cost": float(best[0]), "flagged": best[2]}
