import numpy as np


def perceptron(X, y, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for i in range(len(y)):
            if y[i] * (X[i] @ w + b) <= 0:  # a score of exactly 0 is a mistake
                w = w + y[i] * X[i]
                b += y[i]
    return w, float(b)
