import numpy as np


def pinball_loss(y_true, y_pred, q):
    r = np.asarray(y_true, dtype=float) - np.asarray(y_pred, dtype=float)
    return float(np.mean(np.abs(np.minimum(q * r, (q - 1) * r))))  # picks the smaller branch
