import math

import numpy as np


def mann_whitney_u(x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    nx, ny = len(x), len(y)
    v = np.concatenate([x, y])
    ranks = np.array([np.sum(v < t) + (np.sum(v == t) + 1) / 2 for t in v])
    u = ranks[:nx].sum() - nx * (nx + 1) / 2
    sd = math.sqrt(nx * ny * (nx + ny + 1) / 12)  # the no-ties variance
    z = (u - nx * ny / 2) / sd
    return float(u), float(z), math.erfc(abs(z) / math.sqrt(2))
