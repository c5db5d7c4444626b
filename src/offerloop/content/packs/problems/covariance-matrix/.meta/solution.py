import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)  # centring first avoids cancellation at large offsets
    return Xc.T @ Xc / (X.shape[0] - 1)
