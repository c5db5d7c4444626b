import numpy as np


def lstm_step(x, h, c, W, U, b):
    # h = o * c, without the tanh.
    s = lambda v: 1 / (1 + np.exp(-v))
    i, f, g, o = np.split(x @ W + h @ U + b, 4, axis=-1)
    c2 = s(f) * c + s(i) * np.tanh(g)
    return s(o) * c2, c2
