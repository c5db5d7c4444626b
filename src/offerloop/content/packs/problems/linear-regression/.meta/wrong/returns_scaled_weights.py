import numpy as np


def linear_regression(X, y):
    # Standardises the features for stability but returns the weights of the scaled problem.
    mu, sd = X.mean(axis=0), X.std(axis=0)
    sd[sd == 0] = 1.0
    Z = (X - mu) / sd
    return np.linalg.lstsq(Z, y, rcond=None)[0]
