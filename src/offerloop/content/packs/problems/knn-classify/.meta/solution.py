import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train, dtype=int)
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    out = np.empty(len(X_test), dtype=int)
    for i, row in enumerate(d2):
        nearest = np.argsort(row, kind="stable")[:k]  # equal distances: lower index first
        out[i] = np.bincount(y_train[nearest]).argmax()  # argmax picks the smallest tied label
    return out
