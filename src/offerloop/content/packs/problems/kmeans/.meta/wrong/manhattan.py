import numpy as np


def kmeans(X, k, max_iters=100):
    # Assigns with Manhattan distance while updating with means.
    C = X[:k].astype(float).copy()
    for _ in range(max_iters):
        labels = np.abs(X[:, None] - C[None]).sum(2).argmin(1)
        for j in range(k):
            if np.any(labels == j):
                C[j] = X[labels == j].mean(0)
    return C, labels
