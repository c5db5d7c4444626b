import numpy as np


def chi_square_independence(table):
    """(chi2, dof) of Pearson's test of independence, no continuity correction."""
    raise NotImplementedError
