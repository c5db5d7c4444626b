import numpy as np


def split_gini(y_left, y_right):
    def g(ys):
        ys = np.asarray(ys, dtype=int)
        with np.errstate(all="ignore"):
            p = np.bincount(ys, minlength=1) / len(ys)  # 0 / 0 for an empty side
        return 1 - np.sum(p ** 2)
    n_l, n_r = len(y_left), len(y_right)
    return float((n_l * g(y_left) + n_r * g(y_right)) / (n_l + n_r))
