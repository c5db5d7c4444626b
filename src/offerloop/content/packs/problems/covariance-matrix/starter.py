import numpy as np


def covariance_matrix(X):
    """(d, d) sample covariance (divide by n - 1) of the columns of X, shape (n, d)."""
    raise NotImplementedError
