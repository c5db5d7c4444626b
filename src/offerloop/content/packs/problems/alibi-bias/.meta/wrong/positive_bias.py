import numpy as np


def alibi_bias(n_heads, T):
    # Adds +m * (i - j): distant keys get a bonus instead of a penalty.
    m = 2.0 ** (-8.0 * np.arange(1, n_heads + 1) / n_heads)
    i, j = np.arange(T)[:, None], np.arange(T)[None, :]
    return np.where(j <= i, m[:, None, None] * (i - j), -np.inf)
