import numpy as np


def multi_head_attention(X, Wq, Wk, Wv, Wo, num_heads, mask=None):
    X = np.asarray(X, dtype=float)
    T, d_model = X.shape
    d_k = d_model // num_heads

    def split(M):
        return (X @ M).reshape(T, num_heads, d_k).transpose(1, 0, 2)

    Q, K, V = split(Wq), split(Wk), split(Wv)
    scores = Q @ K.transpose(0, 2, 1) / np.sqrt(d_k)
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), scores, -np.inf)
    top = scores.max(axis=-1, keepdims=True)
    top = np.where(np.isfinite(top), top, 0.0)
    e = np.exp(scores - top)
    total = e.sum(axis=-1, keepdims=True)
    weights = np.divide(e, total, out=np.zeros_like(e), where=total > 0)
    heads = weights @ V
    return heads.transpose(1, 0, 2).reshape(T, d_model) @ Wo
