import numpy as np


def lstm_step(x, h, c, W, U, b):
    # Squashes the candidate with a sigmoid, so it can never be negative.
    s = lambda v: 1 / (1 + np.exp(-v))
    i, f, g, o = np.split(x @ W + h @ U + b, 4, axis=-1)
    c2 = s(f) * c + s(i) * s(g)
    return s(o) * np.tanh(c2), c2
