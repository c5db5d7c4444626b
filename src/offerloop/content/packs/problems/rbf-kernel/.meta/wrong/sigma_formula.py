import numpy as np


def rbf_kernel(X, Y, gamma):
    # Mixes the two parameterisations: exp(-d2 / (2 * sigma^2)) with gamma as sigma^2.
    d2 = ((X[:, None, :] - Y[None, :, :]) ** 2).sum(axis=-1)
    return np.exp(-d2 / (2 * gamma ** 2))
