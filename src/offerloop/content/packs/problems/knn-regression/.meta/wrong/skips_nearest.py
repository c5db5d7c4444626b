import numpy as np


def knn_regress(X_train, y_train, X_test, k):
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    # Skips the closest point, as one would when predicting a training point from the others.
    idx = np.argsort(d2, axis=1, kind="stable")[:, 1:k + 1]
    return y_train[idx].mean(axis=1)
