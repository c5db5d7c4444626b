import numpy as np


def k_fold_indices(n, k):
    """k pairs (train_idx, test_idx) of contiguous folds; the first n % k folds are one larger."""
    raise NotImplementedError
