import numpy as np


def vif(X):
    C = np.corrcoef(X, rowvar=False)
    np.fill_diagonal(C, 0.0)
    r2 = (C ** 2).max(axis=1)  # the strongest single correlation, not the joint R^2
    return 1 / (1 - r2)
