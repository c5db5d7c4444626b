import numpy as np


def threshold_for_recall(y_true, scores, target_recall):
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    P = int(y.sum())
    for t in np.unique(s):  # smallest threshold first: the most rows flagged
        flagged = s >= t
        tp = int(np.sum(y & flagged))
        if tp >= target_recall * P:
            return {"threshold": float(t), "precision": tp / int(flagged.sum()), "recall": tp / P}
