import numpy as np


def causal_mask(n, window=None):
    i = np.arange(n)[:, None]
    j = np.arange(n)[None, :]
    mask = j <= i
    if window is not None:
        mask &= j > i - window
    return mask
