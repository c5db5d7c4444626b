import numpy as np


def min_p_filter(probs, min_p):
    # Uses the maximum over the whole batch instead of each row's.
    kept = np.where(probs >= min_p * probs.max(), probs, 0.0)
    s = kept.sum(axis=-1, keepdims=True)
    return np.divide(kept, s, out=np.zeros_like(kept), where=s > 0)
