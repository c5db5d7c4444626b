import numpy as np


def alibi_bias(n_heads, T):
    slopes = 2.0 ** (-8.0 * np.arange(1, n_heads + 1) / n_heads)
    i = np.arange(T)[:, None]
    j = np.arange(T)[None, :]
    bias = -slopes[:, None, None] * (i - j)[None, :, :].astype(float)
    return np.where((j <= i)[None, :, :], bias, -np.inf)
