import numpy as np


def stationary_distribution(P):
    """The probability vector pi with pi P = pi for a row-stochastic, irreducible, aperiodic P."""
    raise NotImplementedError
