import numpy as np


def silhouette_score(X, labels):
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    clusters = np.unique(labels)
    sizes = np.array([np.sum(labels == c) for c in clusters])
    sums = np.stack([D[:, labels == c].sum(axis=1) for c in clusters], axis=1)  # (n, k)
    own = np.searchsorted(clusters, labels)
    n = len(X)
    own_size = sizes[own]
    a = np.where(own_size > 1, sums[np.arange(n), own] / np.maximum(own_size - 1, 1), 0.0)  # excludes itself
    means = sums / sizes
    means[np.arange(n), own] = np.inf
    b = means.min(axis=1)
    s = np.where(own_size > 1, (b - a) / np.maximum(a, b), 0.0)
    return float(s.mean())
