import numpy as np


def _canon(labels):
    names, out = {}, []
    for v in labels:
        out.append(names.setdefault(v, len(names)))
    return np.array(out)


def single_linkage(X, k):
    D = np.sqrt(((X[:, None] - X[None]) ** 2).sum(-1))
    clusters = [[i] for i in range(len(X))]
    while len(clusters) >= k and len(clusters) > 1:  # stops at k - 1 clusters
        best = None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                d = D[np.ix_(clusters[a], clusters[b])].min()
                if best is None or d < best[0]:
                    best = (d, a, b)
        _, a, b = best
        clusters[a] += clusters.pop(b)
    labels = np.empty(len(X), dtype=int)
    for c in clusters:
        labels[c] = min(c)
    return _canon(labels)
