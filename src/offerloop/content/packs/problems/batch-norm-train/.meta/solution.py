import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=float)
    centred = x - x.mean(axis=0)
    var = np.mean(centred ** 2, axis=0)
    return np.asarray(gamma) * centred / np.sqrt(var + eps) + np.asarray(beta)
