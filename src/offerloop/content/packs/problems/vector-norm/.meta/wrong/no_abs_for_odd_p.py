import numpy as np


def vector_norm(x, p):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return 0.0
    m = np.abs(x).max()
    if m == 0 or np.isinf(p):
        return float(m)
    # x / m keeps signs: odd powers of negative entries subtract.
    return float(m * np.sum((x / m) ** p) ** (1.0 / p))
