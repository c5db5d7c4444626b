import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    # Sample variance (ddof=1) in the normalisation.
    n = x.shape[0]
    var = x.var(axis=0, ddof=1) if n > 1 else np.zeros(x.shape[1])
    return gamma * (x - x.mean(axis=0)) / np.sqrt(var + eps) + beta
