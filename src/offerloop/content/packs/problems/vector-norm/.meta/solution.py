import numpy as np


def vector_norm(x, p):
    a = np.abs(np.asarray(x, dtype=float))
    if a.size == 0:
        return 0.0
    m = float(a.max())
    if m == 0.0 or np.isinf(p):
        return m
    # Dividing by the largest entry keeps every term in [0, 1]: no overflow, no total underflow.
    return float(m * np.sum((a / m) ** p) ** (1.0 / p))
