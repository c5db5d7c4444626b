import numpy as np


def pairwise_distances(X, Y):
    # Sums absolute differences: the L1 distance.
    return np.abs(X[:, None, :] - Y[None, :, :]).sum(axis=-1)
