import numpy as np


def project(A, v):
    """Orthogonal projection of v (n,) onto the span of the columns of A (n, k)."""
    raise NotImplementedError
