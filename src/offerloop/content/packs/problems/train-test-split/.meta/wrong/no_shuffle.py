import math


def train_test_split(X, y, test_size=0.2, random_state=None):
    # Takes the last rows as the test set without shuffling.
    n = len(X)
    n_test = math.ceil(test_size * n)
    return X[: n - n_test], X[n - n_test:], y[: n - n_test], y[n - n_test:]
