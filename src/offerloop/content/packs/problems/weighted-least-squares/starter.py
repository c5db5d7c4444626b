import numpy as np


def weighted_least_squares(X, y, w):
    """beta minimising sum_i w_i (y_i - x_i . beta)^2."""
    raise NotImplementedError
