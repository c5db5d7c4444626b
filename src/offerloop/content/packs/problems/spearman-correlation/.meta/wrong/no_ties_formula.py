import numpy as np


def _avg(v):
    v = np.asarray(v, dtype=float)
    return np.array([np.sum(v < t) + (np.sum(v == t) + 1) / 2 for t in v])


def spearman(x, y):
    d = _avg(x) - _avg(y)
    n = len(d)
    # The shortcut formula, exact only without ties.
    return float(1 - 6 * np.sum(d ** 2) / (n * (n * n - 1)))
