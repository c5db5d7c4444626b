import numpy as np


def ols_standard_errors(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    XtX_inv = np.linalg.inv(X.T @ X)
    beta = XtX_inv @ (X.T @ y)
    e = y - X @ beta
    s2 = (e @ e) / (n - d)  # d degrees of freedom used by the fit
    return beta, np.sqrt(np.diag(s2 * XtX_inv))
