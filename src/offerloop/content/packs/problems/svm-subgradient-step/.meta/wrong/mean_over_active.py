import numpy as np


def svm_subgradient_step(X, y, w, b, lam, lr):
    active = y * (X @ w + b) < 1
    k = max(active.sum(), 1)  # averages over the violators instead of all n samples
    g_w = lam * w - (y[active, None] * X[active]).sum(axis=0) / k
    return w - lr * g_w, float(b + lr * y[active].sum() / k)
