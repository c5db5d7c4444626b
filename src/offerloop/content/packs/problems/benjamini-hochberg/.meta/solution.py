import numpy as np


def benjamini_hochberg(p_values):
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="mergesort")
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum(np.minimum.accumulate(scaled[::-1])[::-1], 1.0)  # running min from the top
    out = np.empty(m)
    out[order] = adjusted
    return out
