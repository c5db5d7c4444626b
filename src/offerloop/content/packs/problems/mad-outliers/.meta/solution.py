import numpy as np


def mad_outliers(x, threshold=3.5):
    x = np.asarray(x, dtype=float)
    m = np.median(x)
    mad = np.median(np.abs(x - m))
    if mad == 0:
        return x != m  # more than half the values tie with the median
    return np.abs(0.6745 * (x - m) / mad) > threshold
