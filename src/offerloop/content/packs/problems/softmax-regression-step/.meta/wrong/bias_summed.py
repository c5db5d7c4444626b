import numpy as np


def softmax_regression_step(X, y, W, b, lr):
    Z = X @ W + b
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    P = E / E.sum(axis=1, keepdims=True)
    P[np.arange(len(y)), y] -= 1
    # Averages the weight gradient but sums the bias gradient.
    return W - lr * X.T @ P / len(y), b - lr * P.sum(axis=0)
