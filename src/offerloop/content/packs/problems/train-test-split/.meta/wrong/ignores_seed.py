import math

import numpy as np


def train_test_split(X, y, test_size=0.2, random_state=None):
    # Uses a fixed seed whatever random_state says: every split is the same.
    n = len(X)
    n_test = math.ceil(test_size * n)
    order = np.random.default_rng(0).permutation(n)
    return X[order[n_test:]], X[order[:n_test]], y[order[n_test:]], y[order[:n_test]]
