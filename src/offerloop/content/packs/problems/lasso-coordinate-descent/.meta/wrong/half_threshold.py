import numpy as np


def lasso_coordinate_descent(X, y, lam, num_sweeps):
    n, d = X.shape
    w = np.zeros(d)
    z = (X * X).sum(axis=0) / n
    for _ in range(num_sweeps):
        for j in range(d):
            if z[j] == 0:
                continue
            rho = X[:, j] @ (y - X @ w + X[:, j] * w[j]) / n
            # The threshold of a different objective scaling (lam / 2).
            w[j] = np.sign(rho) * max(abs(rho) - lam / 2, 0.0) / z[j]
    return w
