import numpy as np


def gram_schmidt_qr(A):
    m, n = A.shape
    Q, R = np.zeros((m, n)), np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ v / (Q[:, i] @ Q[:, i])
            v -= R[i, j] * Q[:, i]
        R[j, j] = 1.0
        Q[:, j] = v  # orthogonal but not unit length
    return Q, R
