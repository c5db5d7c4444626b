import numpy as np


def bce_with_logits(logits, targets):
    # Sigmoid, then clip probabilities to [1e-7, 1 - 1e-7]: caps the loss.
    p = np.clip(1.0 / (1.0 + np.exp(-np.clip(logits, -500, 500))), 1e-7, 1 - 1e-7)
    return float(np.mean(-(targets * np.log(p) + (1 - targets) * np.log(1 - p))))
