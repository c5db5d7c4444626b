import numpy as np


def train_logistic_regression(X, y, lr, num_iters):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(num_iters):
        err = 1 / (1 + np.exp(-(X @ w + b))) - y
        w = w - lr * X.T @ err / len(y)
        # The bias gradient is recomputed with the already-updated weights.
        err = 1 / (1 + np.exp(-(X @ w + b))) - y
        b = b - lr * err.mean()
    return w, float(b)
