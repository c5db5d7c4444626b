import numpy as np


def power_iteration(A, v0, num_iters):
    A = np.asarray(A, dtype=float)
    v = np.asarray(v0, dtype=float)
    v = v / np.linalg.norm(v)
    for _ in range(num_iters):
        w = A @ v
        v = w / np.linalg.norm(w)  # every step, so lambda^k never overflows
    return float(v @ A @ v), v
