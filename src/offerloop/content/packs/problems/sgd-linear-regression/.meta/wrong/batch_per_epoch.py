import numpy as np


def sgd_linear_regression(X, y, lr, epochs, order):
    # One averaged step per epoch: that is full-batch gradient descent.
    w, b = np.zeros(X.shape[1]), 0.0
    idx = np.asarray(order)
    for _ in range(epochs):
        e = X[idx] @ w + b - y[idx]
        w, b = w - lr * 2 * X[idx].T @ e / len(idx), b - lr * 2 * e.mean()
    return w, float(b)
