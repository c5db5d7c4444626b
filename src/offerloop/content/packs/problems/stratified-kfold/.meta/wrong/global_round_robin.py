import numpy as np


def stratified_folds(y, k):
    # Deals samples by position, ignoring the classes: not stratified.
    fold_of = np.arange(len(y)) % k
    return [np.flatnonzero(fold_of == f) for f in range(k)]
