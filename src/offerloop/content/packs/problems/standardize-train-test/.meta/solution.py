import numpy as np


def standardize(X_train, X_test):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)  # ddof=0: the population std
    std = np.where(std == 0, 1.0, std)  # constant training column: centre only
    return (X_train - mean) / std, (X_test - mean) / std
