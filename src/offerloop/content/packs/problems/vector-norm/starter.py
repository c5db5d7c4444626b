import numpy as np


def vector_norm(x, p):
    """The p-norm of a 1-D array (p >= 1 or inf), safe from overflow and underflow; 0.0 when empty."""
    raise NotImplementedError
