import numpy as np


def dropout(x, keep_mask, p, training=True):
    x = np.asarray(x, dtype=float)
    if not training:
        return x.copy()
    return np.where(np.asarray(keep_mask, dtype=bool), x / (1.0 - p), 0.0)
