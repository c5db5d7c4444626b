import numpy as np


def linear_regression(X, y):
    # Plain inverse: fails (or explodes) when X^T X is singular.
    return np.linalg.inv(X.T @ X) @ X.T @ y
