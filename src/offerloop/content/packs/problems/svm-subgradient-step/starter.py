import numpy as np


def svm_subgradient_step(X, y, w, b, lam, lr):
    """One subgradient step on lam/2 ||w||^2 + mean hinge loss; active samples have margin < 1."""
    raise NotImplementedError
