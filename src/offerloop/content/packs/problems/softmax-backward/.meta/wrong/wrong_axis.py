import numpy as np


def softmax_backward(y, dy):
    # Sums over the first axis instead of the last.
    return y * (dy - np.sum(dy * y, axis=0, keepdims=True))
