import numpy as np


def kmeans(X, k, max_iters=100):
    # Returns the labels from before the last centroid update.
    C = X[:k].astype(float).copy()
    labels = np.zeros(len(X), dtype=int)
    for _ in range(3):
        labels = ((X[:, None] - C[None]) ** 2).sum(2).argmin(1)
        for j in range(k):
            if np.any(labels == j):
                C[j] = X[labels == j].mean(0)
    return C, labels
