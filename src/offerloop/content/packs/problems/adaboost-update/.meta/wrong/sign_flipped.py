import numpy as np


def adaboost_update(y, pred, w):
    err = np.clip(w[pred != y].sum(), 1e-10, 1 - 1e-10)
    alpha = 0.5 * np.log((1 - err) / err)
    new = w * np.exp(alpha * y * pred)  # boosts the samples it got right
    return float(alpha), new / new.sum()
