import numpy as np


def causal_mask(n, window=None):
    # Sees window + 1 positions (j >= i - window).
    i, j = np.indices((n, n))
    m = j <= i
    if window is not None:
        m &= j >= i - window
    return m
