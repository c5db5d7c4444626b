import numpy as np


def mf_sgd_epoch(P, Q, ratings, lr, reg):
    # Updates Q[i] with the already-updated P[u].
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    for u, i, r in ratings:
        e = r - P[u] @ Q[i]
        P[u] += lr * (e * Q[i] - reg * P[u])
        Q[i] += lr * (e * P[u] - reg * Q[i])
    return P, Q
