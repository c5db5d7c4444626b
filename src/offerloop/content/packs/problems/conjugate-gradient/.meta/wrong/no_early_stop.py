import numpy as np


def conjugate_gradient(A, b, num_iters):
    x = np.zeros_like(b, dtype=float)
    r = b.astype(float)
    p = r.copy()
    for _ in range(num_iters):  # keeps going after convergence: 0 / 0
        Ap = A @ p
        with np.errstate(all="ignore"):
            alpha = (r @ r) / (p @ Ap)
            x = x + alpha * p
            r_new = r - alpha * Ap
            p = r_new + (r_new @ r_new) / (r @ r) * p
        r = r_new
    return x
