import numpy as np


def conv2d(image, kernel, stride=1, padding=0):
    # Puts all 2p padding rows and columns on the bottom and right.
    x = np.pad(image, ((0, 2 * padding), (0, 2 * padding)))
    kh, kw = kernel.shape
    oh, ow = (x.shape[0] - kh) // stride + 1, (x.shape[1] - kw) // stride + 1
    return np.array([[np.sum(x[i * stride:i * stride + kh, j * stride:j * stride + kw] * kernel) for j in range(ow)] for i in range(oh)])
