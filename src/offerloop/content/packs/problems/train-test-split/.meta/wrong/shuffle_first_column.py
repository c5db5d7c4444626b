import math

import numpy as np


def train_test_split(X, y, test_size=0.2, random_state=None):
    # Shuffles column 0 of X with y, and leaves the other columns where they were.
    X, y = np.array(X), np.asarray(y)
    n = len(X)
    n_test = math.ceil(test_size * n)
    order = np.random.default_rng(random_state).permutation(n)
    X[:, 0] = X[order, 0]
    y = y[order]
    return X[n_test:], X[:n_test], y[n_test:], y[:n_test]
