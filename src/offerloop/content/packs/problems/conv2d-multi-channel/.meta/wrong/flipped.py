import numpy as np


def conv2d_layer(x, weight, bias, stride=1, padding=0):
    # Flips every kernel (true convolution).
    w = weight[:, :, ::-1, ::-1]
    x = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    _, _, kh, kw = w.shape
    oh, ow = (x.shape[1] - kh) // stride + 1, (x.shape[2] - kw) // stride + 1
    out = np.empty((w.shape[0], oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[:, i, j] = np.einsum("ocij,cij->o", w, x[:, i * stride:i * stride + kh, j * stride:j * stride + kw])
    return out + bias[:, None, None]
