import numpy as np


def threshold_for_recall(y_true, scores, target_recall):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    positives = int(y.sum())
    for t in np.unique(s)[::-1]:  # distinct scores, largest first
        flagged = s >= t
        tp = int(np.sum(y & flagged))
        if tp / positives >= target_recall:
            return {"threshold": float(t), "precision": tp / int(flagged.sum()), "recall": tp / positives}
    raise AssertionError("unreachable: the smallest score flags every row")
