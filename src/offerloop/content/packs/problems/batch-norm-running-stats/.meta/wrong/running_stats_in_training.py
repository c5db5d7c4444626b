import numpy as np


def batch_norm_step(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5, training=True):
    # Normalises with the (updated) running statistics during training.
    if not training:
        return gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, running_mean, running_var
    n = x.shape[0]
    mu = x.mean(axis=0)
    new_mean = (1 - momentum) * running_mean + momentum * mu
    new_var = (1 - momentum) * running_var + momentum * x.var(axis=0, ddof=1)
    return gamma * (x - new_mean) / np.sqrt(new_var + eps) + beta, new_mean, new_var
