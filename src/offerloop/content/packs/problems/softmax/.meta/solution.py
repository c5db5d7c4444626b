import numpy as np


def softmax(z):
    z = np.asarray(z, dtype=float)
    # The per-slice max makes the largest exponent exp(0): no overflow, denominator >= 1.
    shifted = z - z.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)
