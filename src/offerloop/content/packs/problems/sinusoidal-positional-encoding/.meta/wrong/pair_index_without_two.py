import numpy as np


def positional_encoding(max_len, d_model):
    # Exponent i / d_model instead of 2i / d_model.
    pos = np.arange(max_len)[:, None]
    freq = 1.0 / 10000 ** (np.arange(d_model // 2) / d_model)
    pe = np.zeros((max_len, d_model))
    pe[:, 0::2] = np.sin(pos * freq)
    pe[:, 1::2] = np.cos(pos * freq)
    return pe
