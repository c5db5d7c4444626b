import numpy as np


def mf_sgd_epoch(P, Q, ratings, lr, reg):
    P = np.array(P, dtype=float)
    Q = np.array(Q, dtype=float)
    for u, i, r in ratings:
        p, q = P[u].copy(), Q[i].copy()
        e = r - p @ q
        P[u] = p + lr * (e * q - reg * p)
        Q[i] = q + lr * (e * p - reg * q)
    return P, Q
