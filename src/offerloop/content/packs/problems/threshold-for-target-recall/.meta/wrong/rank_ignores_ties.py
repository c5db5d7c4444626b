import numpy as np


def threshold_for_recall(y_true, scores, target_recall):
    # Walks rows one at a time in score order: recall reported for part of a tie.
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    P = int(y.sum())
    order = np.argsort(-s, kind="stable")
    tp = 0
    for rank, i in enumerate(order, start=1):
        tp += int(y[i])
        if tp / P >= target_recall:
            return {"threshold": float(s[i]), "precision": tp / rank, "recall": tp / P}
