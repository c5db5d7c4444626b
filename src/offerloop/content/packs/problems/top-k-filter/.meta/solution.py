import numpy as np


def top_k_filter(probs, k):
    p = np.asarray(probs, dtype=float)
    k = min(k, p.shape[-1])
    threshold = np.sort(p, axis=-1)[..., -k][..., None]
    kept = np.where(p >= threshold, p, 0.0)
    return kept / kept.sum(axis=-1, keepdims=True)
