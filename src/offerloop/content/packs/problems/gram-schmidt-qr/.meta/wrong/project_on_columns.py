import numpy as np


def gram_schmidt_qr(A):
    m, n = A.shape
    Q, R = np.zeros((m, n)), np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            # Projects onto the original column a_i instead of q_i.
            R[i, j] = A[:, i] @ A[:, j] / (A[:, i] @ A[:, i])
            v -= R[i, j] * A[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R
