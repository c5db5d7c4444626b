import numpy as np


def best_split(x, y):
    """(threshold, weighted Gini) of the best midpoint split x <= t; smallest t on ties; None if x is constant."""
    raise NotImplementedError
