import numpy as np


def vector_norm(x, p):
    a = np.abs(np.asarray(x, dtype=float))
    if a.size == 0:
        return 0.0
    if np.isinf(p):
        return float(np.max(x))  # forgets the absolute value
    m = a.max()
    if m == 0:
        return 0.0
    return float(m * np.sum((a / m) ** p) ** (1.0 / p))
