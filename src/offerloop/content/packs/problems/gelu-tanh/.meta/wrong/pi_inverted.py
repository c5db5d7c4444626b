import numpy as np


def gelu(x):
    # sqrt(pi / 2) instead of sqrt(2 / pi).
    return 0.5 * x * (1.0 + np.tanh(np.sqrt(np.pi / 2.0) * (x + 0.044715 * x ** 3)))
