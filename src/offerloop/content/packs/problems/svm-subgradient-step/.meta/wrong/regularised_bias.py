import numpy as np


def svm_subgradient_step(X, y, w, b, lam, lr):
    active = y * (X @ w + b) < 1
    g_w = lam * w - (y[active, None] * X[active]).sum(axis=0) / len(y)
    g_b = lam * b - y[active].sum() / len(y)  # penalises the bias too
    return w - lr * g_w, float(b - lr * g_b)
