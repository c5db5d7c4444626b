import numpy as np


def information_gain(y, goes_left):
    """Entropy of y (bits) minus the size-weighted entropies of the two sides of the split."""
    raise NotImplementedError
