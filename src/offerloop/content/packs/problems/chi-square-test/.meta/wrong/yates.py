import numpy as np


def chi_square_independence(table):
    O = np.asarray(table, dtype=float)
    E = np.outer(O.sum(axis=1), O.sum(axis=0)) / O.sum()
    # Applies Yates' continuity correction.
    chi2 = ((np.maximum(np.abs(O - E) - 0.5, 0)) ** 2 / E).sum()
    return float(chi2), (O.shape[0] - 1) * (O.shape[1] - 1)
