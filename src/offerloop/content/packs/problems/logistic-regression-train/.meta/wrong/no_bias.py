import numpy as np


def train_logistic_regression(X, y, lr, num_iters):
    # Fits without an intercept.
    w = np.zeros(X.shape[1])
    for _ in range(num_iters):
        err = 1 / (1 + np.exp(-(X @ w))) - y
        w = w - lr * X.T @ err / len(y)
    return w, 0.0
