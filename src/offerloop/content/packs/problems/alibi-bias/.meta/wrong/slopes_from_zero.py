import numpy as np


def alibi_bias(n_heads, T):
    # Starts the exponent at h instead of h + 1, so the first slope is 1.
    m = 2.0 ** (-8.0 * np.arange(n_heads) / n_heads)
    i, j = np.arange(T)[:, None], np.arange(T)[None, :]
    return np.where(j <= i, -m[:, None, None] * (i - j), -np.inf)
