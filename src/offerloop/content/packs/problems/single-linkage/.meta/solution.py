import numpy as np


def single_linkage(X, k):
    X = np.asarray(X, dtype=float)
    n = len(X)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    # Prim's minimum spanning tree: single linkage = MST without its k - 1 longest edges.
    in_tree = np.zeros(n, dtype=bool)
    in_tree[0] = True
    best = D[0].copy()
    parent = np.zeros(n, dtype=int)
    edges = []
    for _ in range(n - 1):
        cand = np.where(in_tree, np.inf, best)
        j = int(np.argmin(cand))
        edges.append((best[j], parent[j], j))
        in_tree[j] = True
        closer = D[j] < best
        best = np.where(closer, D[j], best)
        parent = np.where(closer, j, parent)
    edges.sort()
    keep = edges[: n - k]
    root = list(range(n))

    def find(a):
        while root[a] != a:
            root[a] = root[root[a]]
            a = root[a]
        return a

    for _, a, b in keep:
        root[find(a)] = find(b)
    labels, names = np.empty(n, dtype=int), {}
    for i in range(n):
        labels[i] = names.setdefault(find(i), len(names))  # canonical: order of first appearance
    return labels
