import numpy as np


def train_logistic_regression(X, y, lr, num_iters):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(1, num_iters):  # one iteration short
        err = 1 / (1 + np.exp(-(X @ w + b))) - y
        w, b = w - lr * X.T @ err / len(y), b - lr * err.mean()
    return w, float(b)
