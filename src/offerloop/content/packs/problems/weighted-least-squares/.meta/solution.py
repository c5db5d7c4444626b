import numpy as np


def weighted_least_squares(X, y, w):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    s = np.sqrt(np.asarray(w, dtype=float))  # sqrt weights turn it into plain least squares
    beta, *_ = np.linalg.lstsq(X * s[:, None], y * s, rcond=None)
    return beta
