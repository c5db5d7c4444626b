import numpy as np


def gelu(x):
    # The x * sigmoid(1.702 x) approximation.
    return x / (1.0 + np.exp(-1.702 * x))
