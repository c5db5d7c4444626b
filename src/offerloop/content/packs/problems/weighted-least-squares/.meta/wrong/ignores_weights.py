import numpy as np


def weighted_least_squares(X, y, w):
    return np.linalg.lstsq(X, y, rcond=None)[0]  # ordinary least squares
