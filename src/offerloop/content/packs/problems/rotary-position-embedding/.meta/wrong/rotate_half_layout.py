import numpy as np


def apply_rope(x, positions, base=10000.0):
    # Pairs column i with column i + d/2 (the rotate_half layout).
    d = x.shape[1]
    theta = base ** (-np.arange(0, d, 2) / d)
    ang = positions[:, None] * theta
    a, b = x[:, : d // 2], x[:, d // 2:]
    return np.concatenate([a * np.cos(ang) - b * np.sin(ang), a * np.sin(ang) + b * np.cos(ang)], axis=1)
