import numpy as np


def mahalanobis(X, mu, cov):
    # Standardises each feature but ignores the correlations.
    return np.sqrt(np.sum((X - mu) ** 2 / np.diag(cov), axis=1))
