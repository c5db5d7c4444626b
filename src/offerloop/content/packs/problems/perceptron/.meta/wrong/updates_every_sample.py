import numpy as np


def perceptron(X, y, epochs):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for i in range(len(y)):
            w, b = w + y[i] * X[i], b + y[i]  # updates on correct samples too
    return w, float(b)
