import numpy as np


def information_gain(y, goes_left):
    def h(ys):
        if len(ys) == 0:
            return 0.0
        p = np.unique(ys, return_counts=True)[1] / len(ys)
        return -(p * np.log2(p)).sum()
    # Averages the children without weighting by their sizes.
    return float(h(y) - (h(y[goes_left]) + h(y[~goes_left])) / 2)
