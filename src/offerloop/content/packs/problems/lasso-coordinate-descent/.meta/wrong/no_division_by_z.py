import numpy as np


def lasso_coordinate_descent(X, y, lam, num_sweeps):
    n, d = X.shape
    w = np.zeros(d)
    for _ in range(num_sweeps):
        for j in range(d):
            rho = X[:, j] @ (y - X @ w + X[:, j] * w[j]) / n
            # Assumes standardised columns (z_j = 1).
            w[j] = np.sign(rho) * max(abs(rho) - lam, 0.0)
    return w
