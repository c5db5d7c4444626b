import numpy as np


def attention_mask(lengths, max_len, causal=False):
    # Masks padded query rows as well as padded keys.
    L = np.asarray(lengths)[:, None, None]
    i = np.arange(max_len)[None, :, None]
    j = np.arange(max_len)[None, None, :]
    m = (j < L) & (i < L)
    if causal:
        m = m & (j <= i)
    return m
