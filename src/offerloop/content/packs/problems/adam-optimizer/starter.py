import numpy as np


def adam_minimize(A, b, x0, lr, num_steps):
    """Adam (beta1=0.9, beta2=0.999, eps=1e-8) on f(x) = x^T A x / 2 - b^T x; returns the final x."""
    raise NotImplementedError
