import numpy as np


def grouped_query_attention(Q, K, V, causal=False):
    # Tiles the KV heads ([k0, k1, k0, k1]): query head h uses KV head h % H_kv.
    g = Q.shape[0] // K.shape[0]
    K, V = np.tile(K, (g, 1, 1)), np.tile(V, (g, 1, 1))
    s = Q @ K.transpose(0, 2, 1) / np.sqrt(Q.shape[-1])
    if causal:
        s = np.where(np.tril(np.ones(s.shape[-2:], bool)), s, -np.inf)
    w = np.exp(s - s.max(-1, keepdims=True))
    return (w / w.sum(-1, keepdims=True)) @ V
