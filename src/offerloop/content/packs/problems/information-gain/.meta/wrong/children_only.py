import numpy as np


def information_gain(y, goes_left):
    def h(ys):
        if len(ys) == 0:
            return 0.0
        p = np.unique(ys, return_counts=True)[1] / len(ys)
        return -(p * np.log2(p)).sum()
    n = len(y)
    yl, yr = y[goes_left], y[~goes_left]
    # Returns the weighted child entropy, forgetting to subtract it from the parent's.
    return float(len(yl) / n * h(yl) + len(yr) / n * h(yr))
