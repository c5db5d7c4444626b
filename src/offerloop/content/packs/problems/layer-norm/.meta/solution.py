import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=float)
    mu = x.mean(axis=-1, keepdims=True)
    centred = x - mu
    var = np.mean(centred ** 2, axis=-1, keepdims=True)
    return np.asarray(gamma) * centred / np.sqrt(var + eps) + np.asarray(beta)
