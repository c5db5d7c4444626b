import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    # E[x^2] - E[x]^2: catastrophic cancellation for a large offset.
    mu = x.mean(axis=-1, keepdims=True)
    var = np.maximum((x * x).mean(axis=-1, keepdims=True) - mu * mu, 0.0)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
