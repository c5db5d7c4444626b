import numpy as np


def pinball_loss(y_true, y_pred, q):
    r = np.asarray(y_true, dtype=float) - np.asarray(y_pred, dtype=float)
    return float(np.mean(np.maximum(q * r, (q - 1) * r)))  # under-predictions weigh q
