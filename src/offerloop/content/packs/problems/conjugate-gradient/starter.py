import numpy as np


def conjugate_gradient(A, b, num_iters):
    """num_iters conjugate-gradient iterations from x = 0 for SPD A; stop early when ||r|| <= 1e-12 ||b||."""
    raise NotImplementedError
