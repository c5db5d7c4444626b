import numpy as np


def stratified_folds(y, k):
    y = np.asarray(y)
    fold_of = np.empty(len(y), dtype=int)
    start = 0
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        fold_of[idx] = (start + np.arange(len(idx))) % k  # continues where the last class stopped
        start += len(idx)
    return [np.flatnonzero(fold_of == f) for f in range(k)]
