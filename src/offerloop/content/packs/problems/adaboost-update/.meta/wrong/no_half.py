import numpy as np


def adaboost_update(y, pred, w):
    err = np.clip(w[pred != y].sum(), 1e-10, 1 - 1e-10)
    alpha = np.log((1 - err) / err)  # forgets the factor 1/2
    new = w * np.exp(-alpha * y * pred)
    return float(alpha), new / new.sum()
