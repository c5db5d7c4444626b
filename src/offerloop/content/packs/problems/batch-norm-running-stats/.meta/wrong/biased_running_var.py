import numpy as np


def batch_norm_step(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5, training=True):
    # Feeds the biased variance into the running average.
    if not training:
        return gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, running_mean, running_var
    mu, var = x.mean(axis=0), x.var(axis=0)
    y = gamma * (x - mu) / np.sqrt(var + eps) + beta
    return y, (1 - momentum) * running_mean + momentum * mu, (1 - momentum) * running_var + momentum * var
