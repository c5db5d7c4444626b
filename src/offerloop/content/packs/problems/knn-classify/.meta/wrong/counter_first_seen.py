from collections import Counter

import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    out = []
    for row in d2:
        nearest = np.argsort(row, kind="stable")[:k]
        # most_common breaks vote ties by first appearance (the nearest), not the smallest label.
        out.append(Counter(y_train[nearest].tolist()).most_common(1)[0][0])
    return np.array(out)
