import numpy as np


def positional_encoding(max_len, d_model):
    # All sines first, then all cosines (not interleaved).
    pos = np.arange(max_len)[:, None]
    freq = 1.0 / 10000 ** (np.arange(0, d_model, 2) / d_model)
    return np.concatenate([np.sin(pos * freq), np.cos(pos * freq)], axis=1)
