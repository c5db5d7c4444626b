# The seed's canonical answer: k random data points as the first centroids, then Lloyd's steps
# until the centroids stop moving; a cluster left with no points keeps its centroid. Right on the
# main cases; the follow-up (duplicated points, where no cluster may stay empty) is where it breaks.
import numpy as np


def kmeans(X, k, max_iters=100):
    rng = np.random.default_rng(0)
    centroids = X[rng.choice(len(X), size=k, replace=False)]
    for _ in range(max_iters):
        distances = np.linalg.norm(X[:, None, :] - centroids[None, :, :], axis=2)
        labels = distances.argmin(axis=1)
        new_centroids = np.array([X[labels == j].mean(axis=0) if np.any(labels == j) else centroids[j]
                                  for j in range(k)])
        if np.allclose(new_centroids, centroids):
            break
        centroids = new_centroids
    return centroids, labels
