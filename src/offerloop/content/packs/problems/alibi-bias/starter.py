import numpy as np


def alibi_bias(n_heads, T):
    """(n_heads, T, T): -m_h * (i - j) for j <= i, -inf above the diagonal; m_h = 2^(-8 (h+1) / n_heads)."""
    raise NotImplementedError
