import numpy as np


def lstm_step(x, h, c, W, U, b):
    # Reads the blocks as i, f, o, g.
    s = lambda v: 1 / (1 + np.exp(-v))
    i, f, o, g = np.split(x @ W + h @ U + b, 4, axis=-1)
    c2 = s(f) * c + s(i) * np.tanh(g)
    return s(o) * np.tanh(c2), c2
