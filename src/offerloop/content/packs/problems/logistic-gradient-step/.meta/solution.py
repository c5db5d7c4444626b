import numpy as np


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))  # no overflow for large |z|


def logistic_gradient_step(X, y, w, b, lr):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    err = _sigmoid(X @ w + b) - y
    n = X.shape[0]
    return w - lr * (X.T @ err) / n, float(b - lr * err.mean())
