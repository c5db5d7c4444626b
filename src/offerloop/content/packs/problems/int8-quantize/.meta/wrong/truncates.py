import numpy as np


def quantize_int8(x):
    # astype(int8) truncates towards zero instead of rounding.
    amax = float(np.max(np.abs(x)))
    if amax == 0:
        return np.zeros(x.shape, dtype=np.int8), 1.0
    scale = amax / 127
    return (x / scale).astype(np.int8), scale
