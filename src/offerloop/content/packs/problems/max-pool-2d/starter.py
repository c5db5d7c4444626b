import numpy as np


def max_pool2d(x, size, stride=None):
    """Max over size x size windows of the last two axes (stride defaults to size, partial windows dropped)."""
    raise NotImplementedError
