import numpy as np


def softmax_regression_step(X, y, W, b, lr):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    Z = X @ W + b
    Z = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    P /= P.sum(axis=1, keepdims=True)
    n = X.shape[0]
    G = P
    G[np.arange(n), y] -= 1.0  # P - onehot(y)
    return W - lr * X.T @ G / n, b - lr * G.mean(axis=0)
