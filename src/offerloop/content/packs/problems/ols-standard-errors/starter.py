import numpy as np


def ols_standard_errors(X, y):
    """(beta, se) of OLS with s^2 = RSS / (n - d) and se = sqrt(diag(s^2 (X^T X)^-1))."""
    raise NotImplementedError
