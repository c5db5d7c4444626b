import numpy as np


def holm_reject(p_values, alpha=0.05):
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    reject = np.zeros(m, dtype=bool)
    for i, idx in enumerate(order):
        if p[idx] > alpha / (m - i + 1):  # one step stricter than Holm
            break
        reject[idx] = True
    return reject
