import numpy as np


def benjamini_hochberg(p_values):
    """BH adjusted p-values (min over j >= i of m p_(j) / j, capped at 1), in the input order."""
    raise NotImplementedError
