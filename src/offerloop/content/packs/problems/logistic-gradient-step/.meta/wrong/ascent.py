import numpy as np


def logistic_gradient_step(X, y, w, b, lr):
    # Uses y - p as "the gradient" and still subtracts it: a step uphill.
    err = y - 1 / (1 + np.exp(-(X @ w + b)))
    return w - lr * X.T @ err / len(y), float(b - lr * err.mean())
