import numpy as np


def logistic_newton(X, y, num_iters):
    """num_iters Newton steps w -= solve(X^T S X, X^T (p - y)) from zeros, S = diag(p(1-p))."""
    raise NotImplementedError
