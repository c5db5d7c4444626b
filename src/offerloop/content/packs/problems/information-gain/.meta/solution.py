import numpy as np


def _entropy(labels):
    if len(labels) == 0:
        return 0.0
    c = np.unique(labels, return_counts=True)[1]  # only classes that occur: 0 log 0 never appears
    p = c / c.sum()
    return float(-(p * np.log2(p)).sum())


def information_gain(y, goes_left):
    y = np.asarray(y)
    left = np.asarray(goes_left, dtype=bool)
    n = len(y)
    yl, yr = y[left], y[~left]
    return _entropy(y) - len(yl) / n * _entropy(yl) - len(yr) / n * _entropy(yr)
