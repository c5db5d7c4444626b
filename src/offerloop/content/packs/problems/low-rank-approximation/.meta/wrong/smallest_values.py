import numpy as np


def low_rank_approx(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    # Keeps the last k terms, as if s were sorted ascending.
    A_k = (U[:, -k:] * s[-k:]) @ Vt[-k:]
    return A_k, float(np.sqrt(np.sum(s[:-k] ** 2)))
