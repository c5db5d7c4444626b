import numpy as np


def stationary_distribution(P):
    vals, vecs = np.linalg.eig(P)  # right eigenvectors of P: eigenvalue 1 gives all ones
    v = np.real(vecs[:, np.argmin(np.abs(vals - 1))])
    return v / v.sum()
