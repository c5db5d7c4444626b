import numpy as np


def sgd_linear_regression(X, y, lr, epochs, order):
    # Always visits 0 .. n-1, whatever order says.
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for i in range(len(y)):
            e = X[i] @ w + b - y[i]
            w, b = w - lr * 2 * e * X[i], b - lr * 2 * e
    return w, float(b)
