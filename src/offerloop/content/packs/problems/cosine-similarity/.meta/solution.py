import numpy as np


def _unit_rows(M):
    # Scale each row by its largest |entry| before squaring, so 1e200 does not overflow.
    scale = np.abs(M).max(axis=1, keepdims=True)
    scale = np.where(scale == 0, 1.0, scale)
    S = M / scale
    norms = np.sqrt((S * S).sum(axis=1, keepdims=True))
    return S / np.where(norms == 0, 1.0, norms)  # a zero row stays zero: similarity 0


def cosine_similarity(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    return _unit_rows(A) @ _unit_rows(B).T
