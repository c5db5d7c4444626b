import numpy as np


def min_cost_threshold(y_true, scores, cost_fp, cost_fn):
    # Forgets that flagging nothing is an option.
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    best = None
    for t in np.unique(s)[::-1]:
        flagged = s >= t
        cost = cost_fp * int(np.sum(flagged & ~y)) + cost_fn * int(np.sum(~flagged & y))
        if best is None or cost < best[0]:
            best = (cost, float(t), int(flagged.sum()))
    return {"threshold": best[1], "cost": float(best[0]), "flagged": best[2]}
