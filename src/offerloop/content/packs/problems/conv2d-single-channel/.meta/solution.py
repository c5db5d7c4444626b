import numpy as np


def conv2d(image, kernel, stride=1, padding=0):
    x = np.pad(np.asarray(image, dtype=float), padding)
    k = np.asarray(kernel, dtype=float)
    kh, kw = k.shape
    oh = (x.shape[0] - kh) // stride + 1
    ow = (x.shape[1] - kw) // stride + 1
    out = np.empty((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(x[i * stride:i * stride + kh, j * stride:j * stride + kw] * k)
    return out
