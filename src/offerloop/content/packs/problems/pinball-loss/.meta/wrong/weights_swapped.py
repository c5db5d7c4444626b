import numpy as np


def pinball_loss(y_true, y_pred, q):
    r = np.asarray(y_true, dtype=float) - np.asarray(y_pred, dtype=float)
    return float(np.mean(np.where(r >= 0, (1 - q) * r, -q * r)))  # the (1 - q)-th quantile's loss
