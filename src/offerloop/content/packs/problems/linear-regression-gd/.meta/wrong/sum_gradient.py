import numpy as np


def linear_regression_gd(X, y, lr, num_iters):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(num_iters):
        e = X @ w + b - y
        # Gradient of the summed loss.
        w, b = w - lr * 2 * X.T @ e, b - lr * 2 * e.sum()
    return w, float(b)
