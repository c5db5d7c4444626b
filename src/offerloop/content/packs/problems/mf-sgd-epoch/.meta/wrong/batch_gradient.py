import numpy as np


def mf_sgd_epoch(P, Q, ratings, lr, reg):
    # Computes every error from the starting values, then applies all updates (not SGD).
    P0, Q0 = np.array(P, dtype=float), np.array(Q, dtype=float)
    P, Q = P0.copy(), Q0.copy()
    for u, i, r in ratings:
        e = r - P0[u] @ Q0[i]
        P[u] += lr * (e * Q0[i] - reg * P0[u])
        Q[i] += lr * (e * P0[u] - reg * Q0[i])
    return P, Q
