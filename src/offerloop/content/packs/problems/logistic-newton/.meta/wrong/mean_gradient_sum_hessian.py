import numpy as np


def logistic_newton(X, y, num_iters):
    w = np.zeros(X.shape[1])
    for _ in range(num_iters):
        p = 1 / (1 + np.exp(-(X @ w)))
        g = X.T @ (p - y) / len(y)  # averaged gradient
        H = X.T @ (X * (p * (1 - p))[:, None])  # summed Hessian
        w = w - np.linalg.solve(H, g)
    return w
