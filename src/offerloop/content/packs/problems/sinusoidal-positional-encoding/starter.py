import numpy as np


def positional_encoding(max_len, d_model):
    """(max_len, d_model) table: sin in even columns, cos in odd columns, frequency 1 / 10000^(2i / d_model)."""
    raise NotImplementedError
