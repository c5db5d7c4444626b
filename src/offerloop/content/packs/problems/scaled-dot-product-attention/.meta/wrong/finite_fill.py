import numpy as np


def attention(Q, K, V, mask=None):
    # masked_fill with -1e9: fine until a row is fully masked, which then averages all values.
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (e / e.sum(axis=-1, keepdims=True)) @ V
