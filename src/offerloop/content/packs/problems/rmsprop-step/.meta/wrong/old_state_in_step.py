import numpy as np


def rmsprop_step(w, grad, s, lr=0.001, rho=0.9, eps=1e-8):
    w_new = w - lr * grad / (np.sqrt(s) + eps)  # steps with the previous average
    return w_new, rho * s + (1 - rho) * grad ** 2
