import numpy as np


def decode_step(x, Wq, Wk, Wv, K_cache, V_cache):
    # Attends over the old cache only, then appends: the token never sees itself.
    q, k, v = x @ Wq, x @ Wk, x @ Wv
    if len(K_cache):
        s = K_cache @ q / np.sqrt(q.size)
        w = np.exp(s - s.max())
        out = (w / w.sum()) @ V_cache
    else:
        out = np.zeros_like(v)
    return out, np.vstack([K_cache, k]), np.vstack([V_cache, v])
