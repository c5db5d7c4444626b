import numpy as np


def bpr_step(P, Q, u, i, j, lr, reg):
    # Updates the items with the already-updated user vector.
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    x = P[u] @ (Q[i] - Q[j])
    g = np.exp(-np.logaddexp(0.0, x))
    P[u] += lr * (g * (Q[i] - Q[j]) - reg * P[u])
    Q[i] += lr * (g * P[u] - reg * Q[i])
    Q[j] += lr * (-g * P[u] - reg * Q[j])
    return P, Q
