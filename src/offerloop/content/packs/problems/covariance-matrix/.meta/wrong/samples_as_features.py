import numpy as np


def covariance_matrix(X):
    # Treats rows as the variables: an (n, n) matrix.
    Xc = X - X.mean(axis=1, keepdims=True)
    return Xc @ Xc.T / (X.shape[1] - 1)
