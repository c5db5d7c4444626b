import numpy as np


def positional_encoding(max_len, d_model):
    # Uses the column index j in the exponent, so sin/cos pairs do not share a frequency.
    pos = np.arange(max_len)[:, None]
    j = np.arange(d_model)[None, :]
    angle = pos / 10000 ** (j / d_model)
    return np.where(j % 2 == 0, np.sin(angle), np.cos(angle))
