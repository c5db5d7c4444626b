import numpy as np


def softmax(z):
    """Softmax over the last axis of z (any rank); same shape as z, each last-axis slice sums to 1."""
    raise NotImplementedError
