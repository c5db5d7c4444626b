import numpy as np


def _sigmoid(v):
    z = np.exp(-np.abs(v))
    return np.where(v >= 0, 1 / (1 + z), z / (1 + z))


def lstm_step(x, h, c, W, U, b):
    z = np.asarray(x, dtype=float) @ W + np.asarray(h, dtype=float) @ U + b
    i, f, g, o = np.split(z, 4, axis=-1)
    c_next = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
    h_next = _sigmoid(o) * np.tanh(c_next)
    return h_next, c_next
