import numpy as np


def conjugate_gradient(A, b, num_iters):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.zeros_like(b)
    r = b - A @ x
    p = r.copy()
    rr = r @ r
    stop = 1e-12 * np.linalg.norm(b)
    for _ in range(num_iters):
        if np.sqrt(rr) <= stop:
            break  # solved: another step would divide by p.Ap = 0
        Ap = A @ p
        alpha = rr / (p @ Ap)
        x = x + alpha * p
        r = r - alpha * Ap
        rr_new = r @ r
        p = r + (rr_new / rr) * p
        rr = rr_new
    return x
