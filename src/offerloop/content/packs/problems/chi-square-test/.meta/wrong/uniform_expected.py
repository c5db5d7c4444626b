import numpy as np


def chi_square_independence(table):
    O = np.asarray(table, dtype=float)
    # Expects every cell to hold the same count, ignoring the margins.
    E = np.full(O.shape, O.mean())
    return float(((O - E) ** 2 / E).sum()), (O.shape[0] - 1) * (O.shape[1] - 1)
