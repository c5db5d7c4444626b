import numpy as np


def kl_divergence(p, q):
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    m = q > 0
    if np.any(p[m] == 0):
        return float("inf")
    return float(np.sum(q[m] * np.log(q[m] / p[m])))  # KL(q || p)
