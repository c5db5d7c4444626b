import numpy as np


def vif(X):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    out = np.empty(d)
    for j in range(d):
        A = np.column_stack([np.ones(n), np.delete(X, j, axis=1)])  # the intercept is essential
        target = X[:, j]
        coef, *_ = np.linalg.lstsq(A, target, rcond=None)
        resid = target - A @ coef
        r2 = 1.0 - (resid @ resid) / np.sum((target - target.mean()) ** 2)
        out[j] = 1.0 / (1.0 - r2)
    return out
