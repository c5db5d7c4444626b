import math

import numpy as np


def threshold_for_recall(y_true, scores, target_recall):
    # The threshold is the score of the k-th best positive, k = the fewest positives meeting the target.
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    P = int(y.sum())
    k = next(k for k in range(1, P + 1) if k / P >= target_recall)
    t = np.sort(s[y])[::-1][k - 1]
    flagged = s >= t
    tp = int(np.sum(y & flagged))
    return {"threshold": float(t), "precision": tp / int(flagged.sum()), "recall": tp / P}
