import numpy as np


def nesterov_descent(A, b, x0, lr, beta, num_steps):
    """PyTorch-style Nesterov momentum on f(x) = x^T A x / 2 - b^T x; returns the final x."""
    raise NotImplementedError
