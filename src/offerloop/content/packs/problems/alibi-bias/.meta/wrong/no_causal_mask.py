import numpy as np


def alibi_bias(n_heads, T):
    # Symmetric distance penalty with no causal mask.
    m = 2.0 ** (-8.0 * np.arange(1, n_heads + 1) / n_heads)
    i, j = np.arange(T)[:, None], np.arange(T)[None, :]
    return -m[:, None, None] * np.abs(i - j)
