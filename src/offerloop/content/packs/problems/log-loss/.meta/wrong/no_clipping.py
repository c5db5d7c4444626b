import numpy as np


def log_loss(y_true, p, eps=1e-15):
    y, p = np.asarray(y_true, dtype=float), np.asarray(p, dtype=float)
    with np.errstate(all="ignore"):
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
