import numpy as np


def bpr_step(P, Q, u, i, j, lr, reg):
    P = np.array(P, dtype=float)
    Q = np.array(Q, dtype=float)
    p, qi, qj = P[u].copy(), Q[i].copy(), Q[j].copy()
    x = float(p @ (qi - qj))
    g = float(np.exp(-np.logaddexp(0.0, x)))  # sigma(-x), stable
    P[u] = p + lr * (g * (qi - qj) - reg * p)
    Q[i] = qi + lr * (g * p - reg * qi)
    Q[j] = qj + lr * (-g * p - reg * qj)
    return P, Q
