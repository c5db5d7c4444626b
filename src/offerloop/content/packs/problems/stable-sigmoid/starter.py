import numpy as np


def sigmoid(x):
    """Element-wise 1 / (1 + exp(-x)), stable for large positive and negative x."""
    raise NotImplementedError
