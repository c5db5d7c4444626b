# The seed's canonical answer: shuffle the row indices, take int(test_size * n) of them for the
# test set. Right on the main cases (a whole number of test rows); the follow-up asks about rounding.
import numpy as np


def train_test_split(X, y, test_size=0.2, random_state=None):
    rng = np.random.default_rng(random_state)
    indices = rng.permutation(len(X))
    n_test = int(len(X) * test_size)
    test, train = indices[:n_test], indices[n_test:]
    return X[train], X[test], y[train], y[test]
