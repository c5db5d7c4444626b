import numpy as np


def regularized_loss_grad(X, y, w, l1, l2):
    """(loss, grad) of ||Xw - y||^2 / (2n) + l1 * ||w||_1 + l2 / 2 * ||w||^2, with sign(0) = 0."""
    raise NotImplementedError
