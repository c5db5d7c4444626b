import numpy as np


def svm_subgradient_step(X, y, w, b, lam, lr):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    n = len(y)
    active = y * (X @ w + b) < 1  # margin exactly 1: subgradient 0
    g_w = lam * w - (y[active, None] * X[active]).sum(axis=0) / n
    g_b = -y[active].sum() / n
    return w - lr * g_w, float(b - lr * g_b)
