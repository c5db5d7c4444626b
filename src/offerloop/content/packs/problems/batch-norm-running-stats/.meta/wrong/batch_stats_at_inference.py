import numpy as np


def batch_norm_step(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5, training=True):
    # Ignores the mode: always normalises with batch statistics (model.eval() forgotten).
    mu, var = x.mean(axis=0), x.var(axis=0)
    y = gamma * (x - mu) / np.sqrt(var + eps) + beta
    if not training:
        return y, running_mean, running_var
    n = x.shape[0]
    return y, (1 - momentum) * running_mean + momentum * mu, (1 - momentum) * running_var + momentum * var * n / (n - 1)
