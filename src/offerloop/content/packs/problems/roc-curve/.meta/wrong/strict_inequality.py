import numpy as np


def roc_curve(y_true, scores):
    y, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    thresholds = np.r_[np.inf, np.unique(s)[::-1]]
    # score > t: each point lags one threshold behind.
    tpr = np.array([np.sum((s > t) & (y == 1)) for t in thresholds]) / np.sum(y == 1)
    fpr = np.array([np.sum((s > t) & (y == 0)) for t in thresholds]) / np.sum(y == 0)
    return fpr, tpr, thresholds
