import numpy as np


def standardize(X_train, X_test):
    # Scales the test set with its own mean and std.
    def z(X):
        std = X.std(axis=0)
        return (X - X.mean(axis=0)) / np.where(std == 0, 1.0, std)
    return z(X_train), z(X_test)
