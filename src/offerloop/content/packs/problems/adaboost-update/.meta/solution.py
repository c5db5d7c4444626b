import numpy as np


def adaboost_update(y, pred, w):
    y = np.asarray(y, dtype=float)
    pred = np.asarray(pred, dtype=float)
    w = np.asarray(w, dtype=float)
    err = float(np.clip(w[pred != y].sum(), 1e-10, 1 - 1e-10))
    alpha = 0.5 * np.log((1 - err) / err)
    new = w * np.exp(-alpha * y * pred)
    return float(alpha), new / new.sum()
