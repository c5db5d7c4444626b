import numpy as np


def causal_mask(n, window=None):
    # Lets each position see the future instead of the past.
    m = np.triu(np.ones((n, n), dtype=bool))
    if window is not None:
        i, j = np.indices((n, n))
        m &= j < i + window
    return m
