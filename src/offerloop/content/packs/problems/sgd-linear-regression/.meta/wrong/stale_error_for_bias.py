import numpy as np


def sgd_linear_regression(X, y, lr, epochs, order):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for i in order:
            w = w - lr * 2 * (X[i] @ w + b - y[i]) * X[i]
            # Recomputes the error after the weight update.
            b = b - lr * 2 * (X[i] @ w + b - y[i])
    return w, float(b)
