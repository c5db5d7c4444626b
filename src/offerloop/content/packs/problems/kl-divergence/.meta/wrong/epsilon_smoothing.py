import numpy as np


def kl_divergence(p, q):
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    eps = 1e-12
    return float(np.sum(p * np.log((p + eps) / (q + eps))))  # finite where the answer is inf
