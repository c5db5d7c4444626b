import numpy as np


def standardize(X_train, X_test):
    # ddof=1 (the pandas default): the sample std, not the population std.
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0, ddof=1)
    std = np.where(std == 0, 1.0, std)
    return (X_train - mean) / std, (X_test - mean) / std
