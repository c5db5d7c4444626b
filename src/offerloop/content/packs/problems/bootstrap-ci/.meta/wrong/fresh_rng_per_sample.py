import numpy as np


def bootstrap_mean_ci(data, n_boot, alpha, seed):
    x = np.asarray(data, dtype=float)
    # Re-seeds inside the loop: every resample is identical.
    means = np.array([x[np.random.default_rng(seed).integers(0, len(x), size=len(x))].mean() for _ in range(n_boot)])
    return float(np.percentile(means, 100 * alpha / 2)), float(np.percentile(means, 100 * (1 - alpha / 2)))
