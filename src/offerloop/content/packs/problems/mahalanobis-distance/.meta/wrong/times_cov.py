import numpy as np


def mahalanobis(X, mu, cov):
    R = X - mu
    return np.sqrt(np.sum((R @ cov) * R, axis=1))  # multiplies by cov instead of its inverse
