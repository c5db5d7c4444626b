import numpy as np


def dropout(x, keep_mask, p, training=True):
    # Applies the mask whatever the mode.
    return x * keep_mask / (1.0 - p)
