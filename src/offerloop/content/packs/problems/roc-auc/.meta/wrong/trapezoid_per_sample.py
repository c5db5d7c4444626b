import numpy as np


def roc_auc(y_true, scores):
    # Walks the sorted samples one at a time, so a tied group becomes a staircase, not a diagonal.
    y = np.asarray(y_true) == 1
    order = np.argsort(-np.asarray(scores, dtype=float), kind="mergesort")
    ys = y[order]
    tpr = np.r_[0, np.cumsum(ys)] / ys.sum()
    fpr = np.r_[0, np.cumsum(~ys)] / (~ys).sum()
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
