import numpy as np


def holm_reject(p_values, alpha=0.05):
    p = np.asarray(p_values, dtype=float)
    return p <= alpha / len(p)  # one threshold for all
