import numpy as np


def stationary_distribution(P):
    P = np.asarray(P, dtype=float)
    n = len(P)
    A = P.T - np.eye(n)
    A[-1, :] = 1.0  # one balance equation is redundant: replace it by sum(pi) = 1
    b = np.zeros(n)
    b[-1] = 1.0
    return np.linalg.solve(A, b)
