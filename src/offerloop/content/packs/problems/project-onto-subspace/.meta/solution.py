import numpy as np


def project(A, v):
    A = np.asarray(A, dtype=float)
    v = np.asarray(v, dtype=float)
    # lstsq (SVD) copes with dependent columns; the projection A c is unique even if c is not.
    c, *_ = np.linalg.lstsq(A, v, rcond=None)
    return A @ c
