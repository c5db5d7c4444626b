import numpy as np


def project(A, v):
    # Adds the projections onto each column: right only for orthogonal columns.
    p = np.zeros(len(v))
    for j in range(A.shape[1]):
        a = A[:, j]
        aa = a @ a
        if aa > 0:
            p += (a @ v) / aa * a
    return p
