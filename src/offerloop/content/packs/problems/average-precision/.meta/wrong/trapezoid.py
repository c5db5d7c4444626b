import numpy as np


def average_precision(y_true, scores):
    y, s = np.asarray(y_true, dtype=float), np.asarray(scores, dtype=float)
    o = np.argsort(-s, kind="stable")
    y, s = y[o], s[o]
    ends = np.r_[np.flatnonzero(np.diff(s) != 0), len(s) - 1]
    tps = np.cumsum(y)[ends]
    p = np.r_[1.0, tps / (ends + 1)]
    r = np.r_[0.0, tps / tps[-1]]
    # The trapezoidal area under the PR points.
    return float(np.sum(np.diff(r) * (p[1:] + p[:-1]) / 2))
