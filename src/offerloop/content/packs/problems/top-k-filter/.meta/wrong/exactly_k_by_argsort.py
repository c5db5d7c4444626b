import numpy as np


def top_k_filter(probs, k):
    # Keeps exactly k indices from argsort, dropping tokens tied with the k-th.
    out = np.zeros_like(probs)
    idx = np.argsort(-probs, axis=-1, kind="stable")[..., :k]
    np.put_along_axis(out, idx, np.take_along_axis(probs, idx, axis=-1), axis=-1)
    return out / out.sum(axis=-1, keepdims=True)
