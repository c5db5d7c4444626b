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
        new = dist.argmin(axis=1)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        for j in range(k):
            members = X[labels == j]
            if len(members):
                centroids[j] = members.mean(axis=0)
    dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return centroids, dist.argmin(axis=1)
