import math

import numpy as np


def train_test_split(X, y, test_size=0.2, random_state=None):
    # Rotates the rows by random_state + 1 instead of shuffling: seeds differ, nothing is random.
    X, y = np.asarray(X), np.asarray(y)
    n = len(X)
    n_test = math.ceil(test_size * n)
    order = np.roll(np.arange(n), (random_state or 0) + 1)
    test, train = order[:n_test], order[n_test:]
    return X[train], X[test], y[train], y[test]
