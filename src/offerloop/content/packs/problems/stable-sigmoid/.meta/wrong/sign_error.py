import numpy as np


def sigmoid(x):
    # Drops the minus sign: computes sigmoid(-x).
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, z / (1.0 + z), 1.0 / (1.0 + z))
