import numpy as np


def permutation_test(a, b, n_perm, seed):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    obs = abs(a.mean() - b.mean())
    pooled, rng = np.concatenate([a, b]), np.random.default_rng(seed)
    count = 0
    for _ in range(n_perm):
        p = rng.permutation(pooled)
        count += abs(p[:len(a)].mean() - p[len(a):].mean()) > obs  # ties not counted
    return (count + 1) / (n_perm + 1)
