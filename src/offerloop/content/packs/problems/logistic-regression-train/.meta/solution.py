import numpy as np


def train_logistic_regression(X, y, lr, num_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(num_iters):
        p = np.exp(-np.logaddexp(0.0, -(X @ w + b)))
        err = p - y
        # Both gradients from the same (w, b) before either changes.
        gw, gb = X.T @ err / n, err.mean()
        w = w - lr * gw
        b = b - lr * gb
    return w, float(b)
