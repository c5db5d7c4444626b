import numpy as np


def knn_regress(X_train, y_train, X_test, k):
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    # The median of the neighbours instead of their mean.
    return np.median(y_train[np.argsort(d2, axis=1, kind="stable")[:, :k]], axis=1)
