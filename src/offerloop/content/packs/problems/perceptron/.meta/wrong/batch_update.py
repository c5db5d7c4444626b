import numpy as np


def perceptron(X, y, epochs):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        wrong = y * (X @ w + b) <= 0  # all mistakes of the epoch from the same old weights
        w = w + (y[wrong, None] * X[wrong]).sum(axis=0)
        b = b + y[wrong].sum()
    return w, float(b)
