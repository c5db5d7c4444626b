import numpy as np


def k_fold_indices(n, k):
    # Leaks: the training set is every index, the test fold included.
    idx = np.arange(n)
    return [(idx, part) for part in np.array_split(idx, k)]
