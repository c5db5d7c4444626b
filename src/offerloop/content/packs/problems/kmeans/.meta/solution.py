import numpy as np


def kmeans(X, k, max_iters=100):
    X = np.asarray(X, dtype=float)
    # Deterministic start: k distinct points spread over the data (farthest-first traversal).
    centroids = [X[0]]
    for _ in range(1, k):
        d = np.min(((X[:, None, :] - np.array(centroids)[None]) ** 2).sum(axis=2), axis=1)
        centroids.append(X[int(np.argmax(d))])
    centroids = np.array(centroids, dtype=float)
    labels = None
    for _ in range(max_iters):
        dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        new = _fill_empty(X, dist.argmin(axis=1), centroids, k)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        for j in range(k):
            members = X[labels == j]
            if len(members):
                centroids[j] = members.mean(axis=0)
    dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return centroids, _fill_empty(X, dist.argmin(axis=1), centroids, k)


def _fill_empty(X, labels, centroids, k):
    """Give each empty cluster the point farthest from its own centroid, taken from a cluster that
    keeps other members (as scikit-learn does); the centroid moves onto that point."""
    labels = labels.copy()
    for j in range(k):
        counts = np.bincount(labels, minlength=k)
        if counts[j]:
            continue
        far = ((X - centroids[labels]) ** 2).sum(axis=1)
        far[counts[labels] <= 1] = -1.0  # never empty another cluster
        # Only a point that differs from some centroid can start a new cluster.
        i = int(np.argmax(far))
        if far[i] <= 0:
            break  # fewer distinct points than clusters: an empty cluster cannot be avoided
        labels[i] = j
        centroids[j] = X[i]
    return labels
