import numpy as np


def rmsprop_step(w, grad, s, lr=0.001, rho=0.9, eps=1e-8):
    s_new = s + grad ** 2  # Adagrad's running sum
    return w - lr * grad / (np.sqrt(s_new) + eps), s_new
