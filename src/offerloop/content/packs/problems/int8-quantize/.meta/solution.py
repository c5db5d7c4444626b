import numpy as np


def quantize_int8(x):
    x = np.asarray(x, dtype=float)
    amax = float(np.max(np.abs(x))) if x.size else 0.0
    if amax == 0.0:
        return np.zeros(x.shape, dtype=np.int8), 1.0
    scale = amax / 127.0
    q = np.clip(np.round(x / scale), -127, 127).astype(np.int8)
    return q, scale
