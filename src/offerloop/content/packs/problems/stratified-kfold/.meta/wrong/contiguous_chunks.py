import numpy as np


def stratified_folds(y, k):
    y = np.asarray(y)
    fold_of = np.empty(len(y), dtype=int)
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        # Contiguous blocks per class (array_split) instead of dealing round-robin.
        for f, part in enumerate(np.array_split(idx, k)):
            fold_of[part] = f
    return [np.flatnonzero(fold_of == f) for f in range(k)]
