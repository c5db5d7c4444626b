import numpy as np


def train_test_split(X, y, test_size=0.2, random_state=None):
    # Rounds the test size down: int(0.3 * 7) = 2 where scikit-learn takes 3.
    n = len(X)
    n_test = int(test_size * n)
    order = np.random.default_rng(random_state).permutation(n)
    return X[order[n_test:]], X[order[:n_test]], y[order[n_test:]], y[order[:n_test]]
