import numpy as np


def adjusted_rand_index(labels_true, labels_pred):
    _, t = np.unique(labels_true, return_inverse=True)
    _, p = np.unique(labels_pred, return_inverse=True)
    T = np.zeros((t.max() + 1, p.max() + 1))
    np.add.at(T, (t, p), 1)
    n = len(t)
    sq = lambda m: m ** 2 / 2  # squares instead of pair counts
    idx, a, b = sq(T).sum(), sq(T.sum(1)).sum(), sq(T.sum(0)).sum()
    exp = a * b / sq(n)
    mx = (a + b) / 2
    return 1.0 if mx == exp else float((idx - exp) / (mx - exp))
