import numpy as np


def rms_norm(x, weight, eps=1e-6):
    # Uses the L2 norm (sum of squares) instead of the root mean square.
    return x / np.sqrt(np.sum(x * x, axis=-1, keepdims=True) + eps) * weight
