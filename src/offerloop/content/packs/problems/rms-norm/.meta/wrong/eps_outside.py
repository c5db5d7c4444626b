import numpy as np


def rms_norm(x, weight, eps=1e-6):
    # Adds eps after the square root.
    return x / (np.sqrt(np.mean(x * x, axis=-1, keepdims=True)) + eps) * weight
