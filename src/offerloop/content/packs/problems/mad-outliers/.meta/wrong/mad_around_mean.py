import numpy as np


def mad_outliers(x, threshold=3.5):
    x = np.asarray(x, dtype=float)
    m = x.mean()  # centres on the mean
    mad = np.median(np.abs(x - m))
    if mad == 0:
        return x != m
    return np.abs(0.6745 * (x - m) / mad) > threshold
