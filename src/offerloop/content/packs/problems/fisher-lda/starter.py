import numpy as np


def fisher_direction(X0, X1):
    """Unit vector along S_W^{-1} (mu1 - mu0), oriented toward class 1."""
    raise NotImplementedError
