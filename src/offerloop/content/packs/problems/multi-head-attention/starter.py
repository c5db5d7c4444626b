import numpy as np


def multi_head_attention(X, Wq, Wk, Wv, Wo, num_heads, mask=None):
    """Self-attention with num_heads heads (contiguous column blocks), scale 1/sqrt(d_k), output projection Wo."""
    raise NotImplementedError
