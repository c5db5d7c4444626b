import numpy as np


def softmax_backward(y, dy):
    # Uses only the Jacobian's diagonal, like a sigmoid.
    return y * (1 - y) * dy
