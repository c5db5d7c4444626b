import numpy as np


def lasso_coordinate_descent(X, y, lam, num_sweeps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    r = y.copy()  # residual y - X w, kept current after every coordinate
    z = (X * X).sum(axis=0) / n
    for _ in range(num_sweeps):
        for j in range(d):
            if z[j] == 0.0:
                continue
            old = w[j]
            rho = X[:, j] @ (r + X[:, j] * old) / n
            new = np.sign(rho) * max(abs(rho) - lam, 0.0) / z[j]
            if new != old:
                r -= X[:, j] * (new - old)
                w[j] = new
    return w
