import numpy as np


def vector_norm(x, p):
    # Direct formula: overflows near 1e200 and underflows near 1e-200.
    if len(x) == 0:
        return 0.0
    if np.isinf(p):
        return float(np.max(np.abs(x)))
    return float(np.sum(np.abs(x) ** p) ** (1.0 / p))
