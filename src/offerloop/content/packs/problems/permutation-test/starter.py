import numpy as np


def permutation_test(a, b, n_perm, seed):
    """Two-sided p-value (count + 1) / (n_perm + 1) from n_perm rng.permutation shuffles of the pooled data."""
    raise NotImplementedError
