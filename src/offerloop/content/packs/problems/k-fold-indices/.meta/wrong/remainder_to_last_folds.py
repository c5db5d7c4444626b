import numpy as np


def k_fold_indices(n, k):
    # The larger folds come last instead of first.
    idx = np.arange(n)
    q, r = divmod(n, k)
    out, start = [], 0
    for i in range(k):
        stop = start + q + (1 if i >= k - r else 0)
        out.append((np.concatenate([idx[:start], idx[stop:]]), idx[start:stop]))
        start = stop
    return out
