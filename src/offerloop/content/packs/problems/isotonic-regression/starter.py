import numpy as np


def isotonic_regression(y, w=None):
    """Weighted least-squares non-decreasing fit to y (pool adjacent violators)."""
    raise NotImplementedError
