import numpy as np


def logistic_gradient_step(X, y, w, b, lr):
    # Linear-regression gradient: the logits are used as probabilities.
    err = X @ w + b - y
    return w - lr * X.T @ err / len(y), float(b - lr * err.mean())
