import numpy as np


def benjamini_hochberg(p_values):
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p)
    adj = np.minimum(p[order] * m / np.arange(1, m + 1), 1.0)  # not made monotone
    out = np.empty(m)
    out[order] = adj
    return out
