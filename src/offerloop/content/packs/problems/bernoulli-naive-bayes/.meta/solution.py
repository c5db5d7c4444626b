import numpy as np


def bernoulli_nb_log_joint(X_train, y_train, X_test, alpha=1.0):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    classes = np.unique(y_train)
    counts = np.array([(y_train == c).sum() for c in classes], dtype=float)
    ones = np.stack([X_train[y_train == c].sum(axis=0) for c in classes])
    p = (ones + alpha) / (counts[:, None] + 2 * alpha)  # two outcomes: 2 alpha in the denominator
    log_prior = np.log(counts / counts.sum())
    return log_prior + X_test @ np.log(p).T + (1 - X_test) @ np.log(1 - p).T  # absent features count
