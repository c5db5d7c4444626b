import numpy as np


def power_iteration(A, v0, num_iters):
    # Scales by the largest entry instead of the Euclidean norm: v is not a unit vector.
    v = v0 / np.abs(v0).max()
    for _ in range(num_iters):
        w = A @ v
        v = w / np.abs(w).max()
    return float(v @ A @ v / (v @ v)), v
