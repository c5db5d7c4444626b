import numpy as np


def attention(Q, K, V, mask=None):
    """softmax(Q K^T / sqrt(d_k)) V over the last two axes; mask True = may attend; fully masked rows give zeros."""
    raise NotImplementedError
