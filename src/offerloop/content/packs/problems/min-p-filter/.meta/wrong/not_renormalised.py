import numpy as np


def min_p_filter(probs, min_p):
    # Forgets to renormalise.
    return np.where(probs >= min_p * probs.max(axis=-1, keepdims=True), probs, 0.0)
