import numpy as np


def causal_mask(n, window=None):
    """(n, n) bool array, True where query i may attend key j: j <= i, and i - window < j when a window is given."""
    raise NotImplementedError
