import numpy as np


def dropout(x, keep_mask, p, training=True):
    # Reads True as "drop this unit".
    if not training:
        return x
    return x * ~np.asarray(keep_mask, dtype=bool) / (1.0 - p)
