import numpy as np


def top_k_filter(probs, k):
    # Zeros the tail but does not renormalise.
    k = min(k, probs.shape[-1])
    t = np.sort(probs, axis=-1)[..., -k][..., None]
    return np.where(probs >= t, probs, 0.0)
