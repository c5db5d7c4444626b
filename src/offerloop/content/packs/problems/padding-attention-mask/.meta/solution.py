import numpy as np


def attention_mask(lengths, max_len, causal=False):
    lengths = np.asarray(lengths, dtype=int)
    j = np.arange(max_len)
    keys = j[None, None, :] < lengths[:, None, None]
    mask = np.broadcast_to(keys, (len(lengths), max_len, max_len)).copy()
    if causal:
        mask &= j[None, :] <= j[:, None]
    return mask
