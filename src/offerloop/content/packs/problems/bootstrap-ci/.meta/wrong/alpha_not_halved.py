import numpy as np


def bootstrap_mean_ci(data, n_boot, alpha, seed):
    x = np.asarray(data, dtype=float)
    idx = np.random.default_rng(seed).integers(0, len(x), size=(n_boot, len(x)))
    means = x[idx].mean(axis=1)
    # Puts all of alpha in each tail: a (1 - 2 alpha) interval.
    return float(np.percentile(means, 100 * alpha)), float(np.percentile(means, 100 * (1 - alpha)))
