import numpy as np


def permutation_test(a, b, n_perm, seed):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    obs = abs(a.mean() - b.mean())
    pooled = np.concatenate([a, b])
    count = 0
    for _ in range(n_perm):
        # A new generator from the same seed every round: the same shuffle n_perm times.
        p = np.random.default_rng(seed).permutation(pooled)
        count += abs(p[:len(a)].mean() - p[len(a):].mean()) >= obs
    return (count + 1) / (n_perm + 1)
