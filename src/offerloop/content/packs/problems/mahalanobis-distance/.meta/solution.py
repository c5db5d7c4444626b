import numpy as np


def mahalanobis(X, mu, cov):
    R = np.asarray(X, dtype=float) - np.asarray(mu, dtype=float)
    L = np.linalg.cholesky(np.asarray(cov, dtype=float))
    Z = np.linalg.solve(L, R.T)  # L^{-1} (x - mu): whitened residuals
    return np.sqrt(np.sum(Z * Z, axis=0))
