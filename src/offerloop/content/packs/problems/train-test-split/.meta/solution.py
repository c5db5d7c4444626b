import math

import numpy as np


def train_test_split(X, y, test_size=0.2, random_state=None):
    X, y = np.asarray(X), np.asarray(y)
    n = len(X)
    n_test = math.ceil(test_size * n)
    order = np.random.default_rng(random_state).permutation(n)
    test, train = order[:n_test], order[n_test:]
    return X[train], X[test], y[train], y[test]
