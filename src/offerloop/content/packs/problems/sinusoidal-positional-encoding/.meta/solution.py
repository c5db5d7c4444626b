import numpy as np


def positional_encoding(max_len, d_model):
    pos = np.arange(max_len, dtype=float)[:, None]
    freq = 1.0 / 10000.0 ** (np.arange(0, d_model, 2, dtype=float) / d_model)
    pe = np.zeros((max_len, d_model))
    pe[:, 0::2] = np.sin(pos * freq)
    pe[:, 1::2] = np.cos(pos * freq)
    return pe
