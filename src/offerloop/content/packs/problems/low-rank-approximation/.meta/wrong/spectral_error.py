import numpy as np


def low_rank_approx(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    A_k = (U[:, :k] * s[:k]) @ Vt[:k]
    return A_k, float(s[k]) if k < len(s) else 0.0  # the spectral-norm error, not the Frobenius one
