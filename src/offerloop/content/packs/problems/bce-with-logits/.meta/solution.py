import numpy as np


def bce_with_logits(logits, targets):
    x = np.asarray(logits, dtype=float)
    t = np.asarray(targets, dtype=float)
    return float(np.mean(np.maximum(x, 0.0) - x * t + np.log1p(np.exp(-np.abs(x)))))
