import numpy as np


def cosine_similarity(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    na = np.linalg.norm(A, axis=1, keepdims=True)
    nb = np.linalg.norm(B, axis=1, keepdims=True)
    # A zero row stays zero after "normalising" by 1, so its similarities are 0.
    A_hat = A / np.where(na == 0, 1.0, na)
    B_hat = B / np.where(nb == 0, 1.0, nb)
    return A_hat @ B_hat.T
