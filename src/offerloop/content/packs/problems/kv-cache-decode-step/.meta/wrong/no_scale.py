import numpy as np


def decode_step(x, Wq, Wk, Wv, K_cache, V_cache):
    # Forgets the 1/sqrt(d_k) scale.
    q, k, v = x @ Wq, x @ Wk, x @ Wv
    K, V = np.vstack([K_cache, k]), np.vstack([V_cache, v])
    s = K @ q
    w = np.exp(s - s.max())
    return (w / w.sum()) @ V, K, V
