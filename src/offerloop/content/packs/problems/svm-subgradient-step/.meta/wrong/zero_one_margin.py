import numpy as np


def svm_subgradient_step(X, y, w, b, lam, lr):
    active = y * (X @ w + b) < 0  # only misclassified points, as in the perceptron
    g_w = lam * w - (y[active, None] * X[active]).sum(axis=0) / len(y)
    return w - lr * g_w, float(b + lr * y[active].sum() / len(y))
