import numpy as np


def logistic_newton(X, y, num_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(num_iters):
        p = np.exp(-np.logaddexp(0.0, -(X @ w)))
        g = X.T @ (p - y)
        H = X.T @ (X * (p * (1.0 - p))[:, None])  # X^T diag(p(1-p)) X without the n x n matrix
        w = w - np.linalg.solve(H, g)
    return w
