import numpy as np


def min_p_filter(probs, min_p):
    p = np.asarray(probs, dtype=float)
    kept = np.where(p >= min_p * p.max(axis=-1, keepdims=True), p, 0.0)
    return kept / kept.sum(axis=-1, keepdims=True)
