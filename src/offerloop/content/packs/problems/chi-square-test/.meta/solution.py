import numpy as np


def chi_square_independence(table):
    O = np.asarray(table, dtype=float)
    E = np.outer(O.sum(axis=1), O.sum(axis=0)) / O.sum()
    r, c = O.shape
    return float(((O - E) ** 2 / E).sum()), int((r - 1) * (c - 1))
