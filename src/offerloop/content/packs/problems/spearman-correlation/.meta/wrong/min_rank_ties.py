import numpy as np


def spearman(x, y):
    def ranks(v):
        v = np.asarray(v, dtype=float)
        return np.array([np.sum(v < t) + 1 for t in v], dtype=float)  # "min" ranking for ties
    return float(np.corrcoef(ranks(x), ranks(y))[0, 1])
