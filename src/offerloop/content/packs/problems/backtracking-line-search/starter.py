import numpy as np


def backtracking_step_size(A, b, x, t0=1.0, alpha=0.3, beta=0.5):
    """First t in t0, beta t0, beta^2 t0, ... with f(x - t g) <= f(x) - alpha t ||g||^2."""
    raise NotImplementedError
