import numpy as np


def conjugate_gradient(A, b, num_iters):
    x = np.zeros_like(b, dtype=float)
    r = b.astype(float)
    p = r.copy()
    for _ in range(num_iters):
        if np.linalg.norm(r) <= 1e-12 * np.linalg.norm(b):
            break
        Ap = A @ p
        alpha = (r @ r) / (p @ Ap)
        x = x + alpha * p
        r_new = r - alpha * Ap
        p = r_new + (r @ r) / (r_new @ r_new) * p  # old over new
        r = r_new
    return x
