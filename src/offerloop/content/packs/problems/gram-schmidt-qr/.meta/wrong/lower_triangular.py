import numpy as np


def gram_schmidt_qr(A):
    m, n = A.shape
    Q, R = np.zeros((m, n)), np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[j, i] = Q[:, i] @ v  # stores the coefficients below the diagonal
            v -= R[j, i] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R
