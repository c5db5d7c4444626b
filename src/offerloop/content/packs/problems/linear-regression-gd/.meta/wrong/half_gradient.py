import numpy as np


def linear_regression_gd(X, y, lr, num_iters):
    # Uses the 1/(2n) convention's gradient for a loss defined with 1/n.
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(num_iters):
        e = X @ w + b - y
        w, b = w - lr * X.T @ e / len(y), b - lr * e.mean()
    return w, float(b)
