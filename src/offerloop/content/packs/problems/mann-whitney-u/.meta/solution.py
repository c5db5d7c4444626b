import math

import numpy as np


def mann_whitney_u(x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    nx, ny = len(x), len(y)
    v = np.concatenate([x, y])
    n = len(v)
    order = np.argsort(v, kind="mergesort")
    s = v[order]
    starts = np.r_[0, np.flatnonzero(np.diff(s) != 0) + 1]
    ends = np.r_[starts[1:], n]
    runs = ends - starts
    ranks = np.empty(n)
    ranks[order] = np.repeat((starts + 1 + ends) / 2.0, runs)  # average ranks for ties
    u = ranks[:nx].sum() - nx * (nx + 1) / 2.0
    tie_term = np.sum(runs.astype(float) ** 3 - runs) / (n * (n - 1))
    sd = math.sqrt(nx * ny / 12.0 * ((n + 1) - tie_term))
    z = (u - nx * ny / 2.0) / sd
    return float(u), float(z), float(math.erfc(abs(z) / math.sqrt(2.0)))
