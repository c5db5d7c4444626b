import numpy as np


def lasso_coordinate_descent(X, y, lam, num_sweeps):
    """Cyclic coordinate descent on ||y - Xw||^2 / (2n) + lam ||w||_1 from zeros; returns w after num_sweeps sweeps."""
    raise NotImplementedError
