import numpy as np


def standardize(X_train, X_test):
    # Leakage: statistics computed on train and test together.
    X = np.vstack([X_train, X_test])
    mean, std = X.mean(axis=0), X.std(axis=0)
    std = np.where(std == 0, 1.0, std)
    return (X_train - mean) / std, (X_test - mean) / std
