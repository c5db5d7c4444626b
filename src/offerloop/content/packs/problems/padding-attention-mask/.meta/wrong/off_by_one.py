import numpy as np


def attention_mask(lengths, max_len, causal=False):
    # j <= length lets every sequence see one pad token.
    L = np.asarray(lengths)[:, None, None]
    i = np.arange(max_len)[None, :, None]
    j = np.arange(max_len)[None, None, :]
    m = np.broadcast_to(j <= L, (len(lengths), max_len, max_len)).copy()
    if causal:
        m &= j <= i
    return m
