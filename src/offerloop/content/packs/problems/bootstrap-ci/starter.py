import numpy as np


def bootstrap_mean_ci(data, n_boot, alpha, seed):
    """(low, high) percentile bootstrap CI for the mean; idx = default_rng(seed).integers(0, n, size=(n_boot, n))."""
    raise NotImplementedError
