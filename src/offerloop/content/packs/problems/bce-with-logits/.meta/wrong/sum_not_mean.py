import numpy as np


def bce_with_logits(logits, targets):
    # Sums instead of averaging.
    x = logits
    return float(np.sum(np.maximum(x, 0) - x * targets + np.log1p(np.exp(-np.abs(x)))))
