import numpy as np


def apply_rope(x, positions, base=10000.0):
    """Rotate interleaved column pairs (2i, 2i+1) of each row by positions * base^(-2i/d)."""
    raise NotImplementedError
