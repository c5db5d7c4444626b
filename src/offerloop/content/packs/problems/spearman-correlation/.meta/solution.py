import numpy as np


def _average_ranks(v):
    v = np.asarray(v, dtype=float)
    order = np.argsort(v, kind="mergesort")
    s = v[order]
    starts = np.r_[0, np.flatnonzero(np.diff(s) != 0) + 1]
    ends = np.r_[starts[1:], len(s)]
    ranks = np.empty(len(v))
    ranks[order] = np.repeat((starts + 1 + ends) / 2.0, ends - starts)  # mean of 1-based positions
    return ranks


def spearman(x, y):
    a = _average_ranks(x)
    b = _average_ranks(y)
    a -= a.mean()
    b -= b.mean()
    return float((a @ b) / np.sqrt((a @ a) * (b @ b)))
