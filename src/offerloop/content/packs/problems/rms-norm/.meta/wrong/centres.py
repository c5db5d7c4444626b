import numpy as np


def rms_norm(x, weight, eps=1e-6):
    # Subtracts the mean first (that is layer norm without bias).
    c = x - x.mean(axis=-1, keepdims=True)
    return c / np.sqrt(np.mean(c * c, axis=-1, keepdims=True) + eps) * weight
