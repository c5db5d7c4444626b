import numpy as np


def sgd_linear_regression(X, y, lr, epochs, order):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for i in order:
            e = X[i] @ w + b - y[i]  # once, before either parameter moves
            w = w - lr * 2.0 * e * X[i]
            b = b - lr * 2.0 * e
    return w, float(b)
