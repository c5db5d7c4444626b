import numpy as np


def k_fold_indices(n, k):
    # Every fold gets ceil(n / k) samples, so the last folds come up short (or empty).
    idx = np.arange(n)
    size = -(-n // k)
    out = []
    for i in range(k):
        start, stop = min(i * size, n), min((i + 1) * size, n)
        out.append((np.concatenate([idx[:start], idx[stop:]]), idx[start:stop]))
    return out
