import numpy as np


def logistic_newton(X, y, num_iters):
    # IRLS: each Newton step is a weighted least-squares fit to the working response z.
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(num_iters):
        eta = X @ w
        p = 1.0 / (1.0 + np.exp(-eta))
        s = p * (1.0 - p)
        z = eta + (y - p) / s
        r = np.sqrt(s)
        w = np.linalg.lstsq(X * r[:, None], z * r, rcond=None)[0]
    return w
