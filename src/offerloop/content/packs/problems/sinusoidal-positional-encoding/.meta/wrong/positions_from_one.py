import numpy as np


def positional_encoding(max_len, d_model):
    # Counts positions from 1.
    pos = np.arange(1, max_len + 1)[:, None]
    freq = 1.0 / 10000 ** (np.arange(0, d_model, 2) / d_model)
    pe = np.zeros((max_len, d_model))
    pe[:, 0::2] = np.sin(pos * freq)
    pe[:, 1::2] = np.cos(pos * freq)
    return pe
