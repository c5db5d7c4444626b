import numpy as np


def roc_curve(y_true, scores):
    y, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    y, s = y[order], s[order]
    # A point after every sample, even inside a run of tied scores.
    tps, fps = np.cumsum(y), np.cumsum(1 - y)
    return np.r_[0.0, fps / fps[-1]], np.r_[0.0, tps / tps[-1]], np.r_[np.inf, s]
