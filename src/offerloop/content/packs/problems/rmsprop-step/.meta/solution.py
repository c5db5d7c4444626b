import numpy as np


def rmsprop_step(w, grad, s, lr=0.001, rho=0.9, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    s_new = rho * np.asarray(s, dtype=float) + (1 - rho) * g * g
    return np.asarray(w, dtype=float) - lr * g / (np.sqrt(s_new) + eps), s_new  # eps after the root
