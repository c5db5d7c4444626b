import numpy as np


def regularized_loss_grad(X, y, w, l1, l2):
    r = X @ w - y
    loss = r @ r / (2 * len(y)) + l1 * np.abs(w).sum() + l2 / 2 * w @ w
    # Treats w = 0 as positive: the L1 pull pushes zero weights negative.
    sub = np.where(w >= 0, 1.0, -1.0)
    return float(loss), X.T @ r / len(y) + l1 * sub + l2 * w
