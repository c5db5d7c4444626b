import numpy as np


def conv2d(image, kernel, stride=1, padding=0):
    # True convolution: flips the kernel.
    k = kernel[::-1, ::-1]
    x = np.pad(image, padding)
    kh, kw = k.shape
    oh, ow = (x.shape[0] - kh) // stride + 1, (x.shape[1] - kw) // stride + 1
    return np.array([[np.sum(x[i * stride:i * stride + kh, j * stride:j * stride + kw] * k) for j in range(ow)] for i in range(oh)])
