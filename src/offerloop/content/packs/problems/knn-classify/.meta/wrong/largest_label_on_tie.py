import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    out = []
    for row in d2:
        counts = np.bincount(y_train[np.argsort(row, kind="stable")[:k]])
        # Scans with >=, so the last (largest) tied label wins.
        best = 0
        for label, c in enumerate(counts):
            if c >= counts[best]:
                best = label
        out.append(best)
    return np.array(out)
