import numpy as np


def rmsprop_step(w, grad, s, lr=0.001, rho=0.9, eps=1e-8):
    s_new = (1 - rho) * s + rho * grad ** 2  # rho weights the new gradient
    return w - lr * grad / (np.sqrt(s_new) + eps), s_new
