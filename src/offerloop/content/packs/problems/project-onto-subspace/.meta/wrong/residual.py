import numpy as np


def project(A, v):
    # Returns the component orthogonal to the subspace instead of the projection.
    c, *_ = np.linalg.lstsq(A, v, rcond=None)
    return v - A @ c
