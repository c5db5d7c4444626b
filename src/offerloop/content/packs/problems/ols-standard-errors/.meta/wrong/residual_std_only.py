import numpy as np


def ols_standard_errors(X, y):
    n, d = X.shape
    beta = np.linalg.lstsq(X, y, rcond=None)[0]
    e = y - X @ beta
    # The residual standard deviation over sqrt(n) for every coefficient: ignores X^T X.
    return beta, np.full(d, np.sqrt(e @ e / (n - d)) / np.sqrt(n))
