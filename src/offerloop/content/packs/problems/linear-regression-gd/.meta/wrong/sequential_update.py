import numpy as np


def linear_regression_gd(X, y, lr, num_iters):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(num_iters):
        w = w - lr * 2 * X.T @ (X @ w + b - y) / len(y)
        # The bias step sees the new weights.
        b = b - lr * 2 * np.mean(X @ w + b - y)
    return w, float(b)
