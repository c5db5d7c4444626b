import numpy as np


def train_logistic_regression(X, y, lr, num_iters):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(num_iters):
        err = 1 / (1 + np.exp(-(X @ w + b))) - y
        # The summed loss: the effective learning rate grows with n.
        w, b = w - lr * X.T @ err, b - lr * err.sum()
    return w, float(b)
