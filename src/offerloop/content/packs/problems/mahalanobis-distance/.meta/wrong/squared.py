import numpy as np


def mahalanobis(X, mu, cov):
    R = X - mu
    return np.sum(R * np.linalg.solve(cov, R.T).T, axis=1)  # the squared distance
