import numpy as np


def dropout(x, keep_mask, p, training=True):
    # Divides by p instead of 1 - p.
    if not training:
        return x
    return x * keep_mask / p if p > 0 else x * keep_mask
