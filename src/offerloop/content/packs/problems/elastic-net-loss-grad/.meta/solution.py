import numpy as np


def regularized_loss_grad(X, y, w, l1, l2):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    n = X.shape[0]
    r = X @ w - y
    loss = r @ r / (2 * n) + l1 * np.abs(w).sum() + 0.5 * l2 * (w @ w)
    grad = X.T @ r / n + l1 * np.sign(w) + l2 * w  # np.sign(0) = 0: the zero subgradient
    return float(loss), grad
