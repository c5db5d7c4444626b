import numpy as np


def logistic_newton(X, y, num_iters):
    w = np.zeros(X.shape[1])
    for _ in range(num_iters):
        p = 1 / (1 + np.exp(-(X @ w)))
        # Least-squares Hessian X^T X, without the p(1 - p) weights.
        w = w - np.linalg.solve(X.T @ X, X.T @ (p - y))
    return w
