from collections import deque

import numpy as np


def dbscan(X, eps, min_samples):
    n = len(X)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1))
    nb = [np.flatnonzero(D[i] < eps) for i in range(n)]  # strictly closer than eps
    core = [len(v) >= min_samples for v in nb]
    labels, c = np.full(n, -1), 0
    for i in range(n):
        if labels[i] != -1 or not core[i]:
            continue
        labels[i], q = c, deque([i])
        while q:
            for k in nb[q.popleft()]:
                if labels[k] == -1:
                    labels[k] = c
                    if core[k]:
                        q.append(k)
        c += 1
    return labels
