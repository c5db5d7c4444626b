import numpy as np


def roc_auc(y_true, scores):
    # Counts the negatives strictly below each positive: ties count as 0 instead of 1/2.
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    neg = np.sort(s[~y])
    below = np.searchsorted(neg, s[y], side="left")
    return float(below.sum() / (len(s[y]) * len(neg)))
