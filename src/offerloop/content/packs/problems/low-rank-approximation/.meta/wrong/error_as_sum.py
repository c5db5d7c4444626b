import numpy as np


def low_rank_approx(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    A_k = (U[:, :k] * s[:k]) @ Vt[:k]
    return A_k, float(np.sum(s[k:]))  # sums the dropped values instead of root-sum-of-squares
