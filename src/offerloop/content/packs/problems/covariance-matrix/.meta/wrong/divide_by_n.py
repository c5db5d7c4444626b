import numpy as np


def covariance_matrix(X):
    # The population (biased) estimate: divides by n.
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / X.shape[0]
