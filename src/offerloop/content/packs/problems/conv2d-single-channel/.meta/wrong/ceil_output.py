import math

import numpy as np


def conv2d(image, kernel, stride=1, padding=0):
    # Rounds the output size up and pads the partial windows with zeros.
    x = np.pad(image, padding)
    kh, kw = kernel.shape
    oh = math.ceil((x.shape[0] - kh) / stride) + 1
    ow = math.ceil((x.shape[1] - kw) / stride) + 1
    x = np.pad(x, ((0, kh + stride), (0, kw + stride)))
    return np.array([[np.sum(x[i * stride:i * stride + kh, j * stride:j * stride + kw] * kernel) for j in range(ow)] for i in range(oh)])
