import numpy as np


def log_loss(y_true, p, eps=1e-15):
    y = np.asarray(y_true, dtype=float)
    p = np.clip(np.asarray(p, dtype=float), eps, 1 - eps)  # both ends: log(0) and log(1 - 1)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
