import numpy as np


def bpr_step(P, Q, u, i, j, lr, reg):
    # Pushes the negative item up as well.
    P, Q = np.array(P, dtype=float), np.array(Q, dtype=float)
    p, qi, qj = P[u].copy(), Q[i].copy(), Q[j].copy()
    g = np.exp(-np.logaddexp(0.0, p @ (qi - qj)))
    P[u] = p + lr * (g * (qi - qj) - reg * p)
    Q[i] = qi + lr * (g * p - reg * qi)
    Q[j] = qj + lr * (g * p - reg * qj)
    return P, Q
