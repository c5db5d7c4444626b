import numpy as np


def adjusted_rand_index(labels_true, labels_pred):
    _, t = np.unique(labels_true, return_inverse=True)
    _, p = np.unique(labels_pred, return_inverse=True)
    T = np.zeros((t.max() + 1, p.max() + 1))
    np.add.at(T, (t, p), 1)
    C = lambda m: m * (m - 1) / 2
    n = len(t)
    idx, a, b = C(T).sum(), C(T.sum(1)).sum(), C(T.sum(0)).sum()
    with np.errstate(all="ignore"):
        exp = a * b / C(n)
        return float((idx - exp) / ((a + b) / 2 - exp))  # 0 / 0 for degenerate partitions
