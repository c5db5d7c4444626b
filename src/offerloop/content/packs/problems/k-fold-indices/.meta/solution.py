import numpy as np


def k_fold_indices(n, k):
    idx = np.arange(n)
    q, r = divmod(n, k)
    folds = []
    start = 0
    for i in range(k):
        stop = start + q + (1 if i < r else 0)
        folds.append((np.concatenate([idx[:start], idx[stop:]]), idx[start:stop]))
        start = stop
    return folds
