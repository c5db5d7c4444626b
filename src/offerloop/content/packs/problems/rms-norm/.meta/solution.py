import numpy as np


def rms_norm(x, weight, eps=1e-6):
    x = np.asarray(x, dtype=float)
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * np.asarray(weight, dtype=float)
