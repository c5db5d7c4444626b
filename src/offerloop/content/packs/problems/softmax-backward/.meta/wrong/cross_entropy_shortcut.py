import numpy as np


def softmax_backward(y, dy):
    # Applies the softmax + cross-entropy shortcut y - target, treating dy as the target.
    return y - dy
