import numpy as np


def roc_auc(y_true, scores):
    # Right answer from the definition, but O(n_pos * n_neg) time and memory.
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    pos, neg = s[y], s[~y]
    diff = pos[:, None] - neg[None, :]
    return float(((diff > 0) + 0.5 * (diff == 0)).mean())
