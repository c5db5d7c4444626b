import numpy as np


def min_p_filter(probs, min_p):
    # Drops tokens exactly at the threshold.
    kept = np.where(probs > min_p * probs.max(axis=-1, keepdims=True), probs, 0.0)
    s = kept.sum(axis=-1, keepdims=True)
    return np.divide(kept, s, out=np.zeros_like(kept), where=s > 0)
