import numpy as np


def perceptron(X, y, epochs):
    w = np.zeros(X.shape[1])
    for _ in range(epochs):
        for i in range(len(y)):
            if y[i] * (X[i] @ w) <= 0:
                w = w + y[i] * X[i]
    return w, 0.0  # the bias is never learned
