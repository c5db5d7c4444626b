import numpy as np


def lasso_coordinate_descent(X, y, lam, num_sweeps):
    # Updates every coordinate from the same old residual (Jacobi), not one after another.
    n, d = X.shape
    w = np.zeros(d)
    z = (X * X).sum(axis=0) / n
    for _ in range(num_sweeps):
        r = y - X @ w
        new = w.copy()
        for j in range(d):
            if z[j] == 0:
                continue
            rho = X[:, j] @ (r + X[:, j] * w[j]) / n
            new[j] = np.sign(rho) * max(abs(rho) - lam, 0.0) / z[j]
        w = new
    return w
