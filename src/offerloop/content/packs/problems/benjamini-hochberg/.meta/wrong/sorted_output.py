import numpy as np


def benjamini_hochberg(p_values):
    p = np.sort(np.asarray(p_values, dtype=float))
    m = len(p)
    scaled = p * m / np.arange(1, m + 1)
    return np.minimum(np.minimum.accumulate(scaled[::-1])[::-1], 1.0)  # left in sorted order
