import numpy as np


def linear_regression_gd(X, y, lr, num_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(num_iters):
        e = X @ w + b - y
        gw, gb = 2.0 / n * (X.T @ e), 2.0 / n * e.sum()
        w, b = w - lr * gw, b - lr * gb
    return w, float(b)
