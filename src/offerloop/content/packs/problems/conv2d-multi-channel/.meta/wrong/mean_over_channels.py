import numpy as np


def conv2d_layer(x, weight, bias, stride=1, padding=0):
    # Averages the per-channel responses instead of summing them.
    x = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    _, c_in, kh, kw = weight.shape
    oh, ow = (x.shape[1] - kh) // stride + 1, (x.shape[2] - kw) // stride + 1
    out = np.empty((weight.shape[0], oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[:, i, j] = np.einsum("ocij,cij->o", weight, x[:, i * stride:i * stride + kh, j * stride:j * stride + kw]) / c_in
    return out + bias[:, None, None]
