import numpy as np


def causal_mask(n, window=None):
    # Strictly lower triangular: a position cannot attend to itself.
    i, j = np.indices((n, n))
    m = j < i
    if window is not None:
        m &= j >= i - window
    return m
