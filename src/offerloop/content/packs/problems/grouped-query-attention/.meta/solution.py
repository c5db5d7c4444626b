import numpy as np


def grouped_query_attention(Q, K, V, causal=False):
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    g = Q.shape[0] // K.shape[0]
    K, V = np.repeat(K, g, axis=0), np.repeat(V, g, axis=0)
    s = Q @ K.transpose(0, 2, 1) / np.sqrt(Q.shape[-1])
    if causal:
        T = Q.shape[1]
        s = np.where(np.tril(np.ones((T, T), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    return (w / w.sum(axis=-1, keepdims=True)) @ V
