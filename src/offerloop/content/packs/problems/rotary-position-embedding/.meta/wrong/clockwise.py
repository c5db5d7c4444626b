import numpy as np


def apply_rope(x, positions, base=10000.0):
    # Rotates in the opposite direction.
    d = x.shape[1]
    ang = positions[:, None] * base ** (-np.arange(0, d, 2) / d)
    out = np.empty_like(x, dtype=float)
    out[:, 0::2] = x[:, 0::2] * np.cos(ang) + x[:, 1::2] * np.sin(ang)
    out[:, 1::2] = -x[:, 0::2] * np.sin(ang) + x[:, 1::2] * np.cos(ang)
    return out
