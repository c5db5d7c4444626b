import numpy as np


def causal_mask(n, window=None):
    # Right pattern, but a float 0/1 matrix instead of a boolean mask.
    i, j = np.indices((n, n))
    m = j <= i
    if window is not None:
        m &= j > i - window
    return m.astype(float)
