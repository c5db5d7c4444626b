import numpy as np


def threshold_for_recall(y_true, scores, target_recall):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    P = int(y.sum())
    for t in np.unique(s)[::-1]:
        flagged = s >= t
        tp = int(np.sum(y & flagged))
        if tp / P > target_recall:  # exceeding the target, not meeting it
            return {"threshold": float(t), "precision": tp / int(flagged.sum()), "recall": tp / P}
    t = float(s.min())
    return {"threshold": t, "precision": P / len(s), "recall": 1.0}
