import numpy as np


def rmsprop_step(w, grad, s, lr=0.001, rho=0.9, eps=1e-8):
    """(w_new, s_new) with s_new = rho s + (1 - rho) g^2 and w_new = w - lr g / (sqrt(s_new) + eps)."""
    raise NotImplementedError
