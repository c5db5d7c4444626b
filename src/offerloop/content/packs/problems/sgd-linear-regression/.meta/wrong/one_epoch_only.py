import numpy as np


def sgd_linear_regression(X, y, lr, epochs, order):
    # Forgets the epoch loop.
    w, b = np.zeros(X.shape[1]), 0.0
    for i in order:
        e = X[i] @ w + b - y[i]
        w, b = w - lr * 2 * e * X[i], b - lr * 2 * e
    return w, float(b)
