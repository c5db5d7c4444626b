import math

import numpy as np


def mann_whitney_u(x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    nx, ny = len(x), len(y)
    v = np.concatenate([x, y])
    n = len(v)
    ranks = np.array([np.sum(v < t) + (np.sum(v == t) + 1) / 2 for t in v])
    u = ranks[nx:].sum() - ny * (ny + 1) / 2  # the statistic of y, not x
    _, t = np.unique(v, return_counts=True)
    sd = math.sqrt(nx * ny / 12 * ((n + 1) - np.sum(t ** 3 - t) / (n * (n - 1))))
    z = (u - nx * ny / 2) / sd
    return float(u), float(z), math.erfc(abs(z) / math.sqrt(2))
