import numpy as np


def dropout(x, keep_mask, p, training=True):
    # Original (non-inverted) dropout: no scaling in training, multiply by 1 - p at inference.
    if not training:
        return x * (1.0 - p)
    return x * keep_mask
