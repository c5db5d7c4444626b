import numpy as np


def average_precision(y_true, scores):
    y, s = np.asarray(y_true, dtype=float), np.asarray(scores, dtype=float)
    o = np.argsort(-s, kind="stable")
    y, s = y[o], s[o]
    ends = np.r_[np.flatnonzero(np.diff(s) != 0), len(s) - 1]
    tps = np.cumsum(y)[ends]
    precision = tps / (ends + 1)
    # Interpolated precision: the best precision at this recall or beyond.
    precision = np.maximum.accumulate(precision[::-1])[::-1]
    return float(np.sum(np.diff(np.r_[0.0, tps / tps[-1]]) * precision))
