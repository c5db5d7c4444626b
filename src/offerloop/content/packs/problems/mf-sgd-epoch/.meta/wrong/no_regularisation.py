import numpy as np


def mf_sgd_epoch(P, Q, ratings, lr, reg):
    # Drops the regularisation term.
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    for u, i, r in ratings:
        p, q = P[u].copy(), Q[i].copy()
        e = r - p @ q
        P[u] = p + lr * e * q
        Q[i] = q + lr * e * p
    return P, Q
