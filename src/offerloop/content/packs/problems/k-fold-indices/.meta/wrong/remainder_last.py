import numpy as np


def k_fold_indices(n, k):
    # Equal folds of n // k and the leftover samples all dumped into the last fold.
    idx = np.arange(n)
    size = n // k
    out = []
    for i in range(k):
        start = i * size
        stop = n if i == k - 1 else start + size
        out.append((np.concatenate([idx[:start], idx[stop:]]), idx[start:stop]))
    return out
