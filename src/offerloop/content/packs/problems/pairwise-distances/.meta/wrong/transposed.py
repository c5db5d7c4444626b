import numpy as np


def pairwise_distances(X, Y):
    # Broadcasts the other way round: an (m, n) matrix.
    return np.sqrt(((Y[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
