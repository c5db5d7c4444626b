import numpy as np


def backtracking_step_size(A, b, x, t0=1.0, alpha=0.3, beta=0.5):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x, dtype=float)

    def f(z):
        return 0.5 * z @ A @ z - b @ z

    g = A @ x - b
    if not np.any(g):
        return float(t0)
    d = -g
    fx, slope = f(x), g @ d  # slope < 0 along a descent direction
    t = float(t0)
    while f(x + t * d) > fx + alpha * t * slope:
        t *= beta
    return t
