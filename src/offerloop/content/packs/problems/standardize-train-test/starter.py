import numpy as np


def standardize(X_train, X_test):
    """(Z_train, Z_test) scaled with the training mean and population std; a zero std counts as 1."""
    raise NotImplementedError
