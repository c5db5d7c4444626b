import numpy as np
import math


def train_test_split(X, y, test_size=0.2, random_state=None):
    # Shuffles X and y with two different permutations: labels no longer match their rows.
    n = len(X)
    n_test = math.ceil(test_size * n)
    rng = np.random.default_rng(random_state)
    X, y = X[rng.permutation(n)], y[rng.permutation(n)]
    return X[n_test:], X[:n_test], y[n_test:], y[:n_test]
