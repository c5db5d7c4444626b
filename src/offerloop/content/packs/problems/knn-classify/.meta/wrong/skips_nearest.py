import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    out = []
    for row in d2:
        # Drops the nearest point as if it were the query itself (a leave-one-out habit).
        nearest = np.argsort(row, kind="stable")[1:k + 1]
        out.append(np.bincount(y_train[nearest], minlength=1).argmax())
    return np.array(out)
