import numpy as np


def stratified_folds(y, k):
    y = np.asarray(y)
    fold_of = np.empty(len(y), dtype=int)
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        fold_of[idx] = np.arange(len(idx)) % k  # the count restarts for every class
    return [np.flatnonzero(fold_of == f) for f in range(k)]
