import numpy as np


def attention_mask(lengths, max_len, causal=False):
    """(batch, max_len, max_len) bool: key j < length (and j <= i when causal); True = may attend."""
    raise NotImplementedError
