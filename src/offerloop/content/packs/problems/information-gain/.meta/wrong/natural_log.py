import numpy as np


def information_gain(y, goes_left):
    def h(ys):
        if len(ys) == 0:
            return 0.0
        p = np.unique(ys, return_counts=True)[1] / len(ys)
        return -(p * np.log(p)).sum()  # nats, not bits
    n = len(y)
    yl, yr = y[goes_left], y[~goes_left]
    return float(h(y) - len(yl) / n * h(yl) - len(yr) / n * h(yr))
