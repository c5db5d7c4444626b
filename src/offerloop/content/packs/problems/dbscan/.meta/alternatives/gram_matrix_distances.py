import numpy as np


def dbscan(X, eps, min_samples):
    # Squared distances from the Gram matrix (|a|^2 + |b|^2 - 2 a.b), compared with eps^2.
    X = np.asarray(X, dtype=float)
    sq = (X * X).sum(axis=1)
    d2 = np.maximum(sq[:, None] + sq[None, :] - 2.0 * X @ X.T, 0.0)
    adj = d2 <= eps * eps
    core = adj.sum(axis=1) >= min_samples
    labels = -np.ones(len(X), dtype=int)
    next_id = 0
    for start in range(len(X)):
        if labels[start] >= 0 or not core[start]:
            continue
        labels[start] = next_id
        frontier = [start]
        head = 0
        while head < len(frontier):
            p = frontier[head]
            head += 1
            for q in np.flatnonzero(adj[p]):
                if labels[q] < 0:
                    labels[q] = next_id
                    if core[q]:
                        frontier.append(int(q))
        next_id += 1
    return labels
