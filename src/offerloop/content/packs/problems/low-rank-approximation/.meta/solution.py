import numpy as np


def low_rank_approx(A, k):
    A = np.asarray(A, dtype=float)
    U, s, Vt = np.linalg.svd(A, full_matrices=False)  # s is sorted in decreasing order
    A_k = (U[:, :k] * s[:k]) @ Vt[:k]
    return A_k, float(np.sqrt(np.sum(s[k:] ** 2)))
