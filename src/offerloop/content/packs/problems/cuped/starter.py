import numpy as np


def cuped_adjust(y, x):
    """(y - theta (x - mean x), theta) with theta = cov(x, y) / var(x); theta = 0 if x is constant."""
    raise NotImplementedError
