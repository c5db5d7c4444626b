import numpy as np


def ols_standard_errors(X, y):
    inv = np.linalg.inv(X.T @ X)
    beta = inv @ X.T @ y
    e = y - X @ beta
    return beta, np.sqrt(np.diag(e @ e / (len(y) - 1) * inv))  # only one degree of freedom removed
