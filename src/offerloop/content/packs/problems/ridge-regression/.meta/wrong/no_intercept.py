import numpy as np


def ridge_regression(X, y, lam):
    # Fits through the origin.
    w = np.linalg.solve(X.T @ X + lam * np.eye(X.shape[1]), X.T @ y)
    return w, 0.0
