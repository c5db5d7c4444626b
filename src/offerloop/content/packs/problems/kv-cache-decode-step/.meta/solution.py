import numpy as np


def decode_step(x, Wq, Wk, Wv, K_cache, V_cache):
    x = np.asarray(x, dtype=float)
    q, k, v = x @ Wq, x @ Wk, x @ Wv
    K = np.vstack([np.asarray(K_cache, dtype=float).reshape(-1, k.size), k])
    V = np.vstack([np.asarray(V_cache, dtype=float).reshape(-1, v.size), v])
    s = K @ q / np.sqrt(q.size)
    w = np.exp(s - s.max())
    w /= w.sum()
    return w @ V, K, V
