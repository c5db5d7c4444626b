import numpy as np


def min_p_filter(probs, min_p):
    # Uses min_p itself as the threshold, not scaled by the maximum.
    kept = np.where(probs >= min_p, probs, 0.0)
    s = kept.sum(axis=-1, keepdims=True)
    return np.divide(kept, s, out=np.zeros_like(kept), where=s > 0)
