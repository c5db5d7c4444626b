import numpy as np


def gram_schmidt_qr(A):
    """(Q, R) with orthonormal Q (m, n) and upper-triangular R (n, n) with a positive diagonal."""
    raise NotImplementedError
