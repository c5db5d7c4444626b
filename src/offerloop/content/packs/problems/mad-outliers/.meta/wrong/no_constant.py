import numpy as np


def mad_outliers(x, threshold=3.5):
    x = np.asarray(x, dtype=float)
    m = np.median(x)
    mad = np.median(np.abs(x - m))
    if mad == 0:
        return x != m
    return np.abs((x - m) / mad) > threshold  # forgets 0.6745
