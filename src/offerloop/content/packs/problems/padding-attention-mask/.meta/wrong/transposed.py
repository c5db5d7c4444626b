import numpy as np


def attention_mask(lengths, max_len, causal=False):
    # Applies the length test to the query axis instead of the key axis.
    L = np.asarray(lengths)[:, None, None]
    i = np.arange(max_len)[None, :, None]
    j = np.arange(max_len)[None, None, :]
    m = np.broadcast_to(i < L, (len(lengths), max_len, max_len)).copy()
    if causal:
        m &= j <= i
    return m
