import numpy as np


def max_pool2d(x, size, stride=None):
    # Always steps by the window size.
    H, W = x.shape[-2:]
    oh, ow = H // size, W // size
    out = np.empty(x.shape[:-2] + (oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[..., i, j] = x[..., i * size:(i + 1) * size, j * size:(j + 1) * size].max(axis=(-2, -1))
    return out
