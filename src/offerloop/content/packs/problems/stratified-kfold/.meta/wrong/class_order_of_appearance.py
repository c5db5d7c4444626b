import numpy as np


def stratified_folds(y, k):
    y = np.asarray(y)
    fold_of = np.empty(len(y), dtype=int)
    # Groups by class correctly but deals in reverse index order within each class.
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)[::-1]
        fold_of[idx] = np.arange(len(idx)) % k
    return [np.flatnonzero(fold_of == f) for f in range(k)]
