import numpy as np


def covariance_matrix(X):
    # Subtracts one mean for the whole matrix instead of one per column.
    Xc = X - X.mean()
    return Xc.T @ Xc / (X.shape[0] - 1)
