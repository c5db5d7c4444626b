import numpy as np


def holm_reject(p_values, alpha=0.05):
    p = np.sort(np.asarray(p_values, dtype=float))
    m = len(p)
    reject = np.zeros(m, dtype=bool)
    for i in range(m):
        if p[i] > alpha / (m - i):
            break
        reject[i] = True
    return reject  # in sorted order, not the input order
