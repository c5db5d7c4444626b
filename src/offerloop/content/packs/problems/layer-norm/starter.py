import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    """Normalise over the last axis (population variance, eps inside the sqrt), then gamma * x_hat + beta."""
    raise NotImplementedError
