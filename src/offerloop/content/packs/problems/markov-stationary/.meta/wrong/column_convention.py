import numpy as np


def stationary_distribution(P):
    n = len(P)
    A = P - np.eye(n)  # treats P as column-stochastic
    A[-1, :] = 1.0
    b = np.zeros(n)
    b[-1] = 1.0
    return np.linalg.solve(A, b)
