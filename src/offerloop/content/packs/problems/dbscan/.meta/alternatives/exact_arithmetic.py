from collections import deque
from fractions import Fraction

import numpy as np


def dbscan(X, eps, min_samples):
    # Exact decisions: floats decide pairs clearly inside or outside eps (their rounding is far
    # below the 1e-9 band); pairs in the band are settled with exact rational arithmetic.
    X = np.asarray(X, dtype=float)
    n = len(X)
    d2 = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)
    e2 = float(eps) ** 2
    adj = d2 <= e2
    exact_e2 = Fraction(float(eps)) ** 2
    for i, j in np.argwhere(np.abs(d2 - e2) <= 1e-9 * max(1.0, e2)):
        adj[i, j] = sum((Fraction(float(a)) - Fraction(float(b))) ** 2 for a, b in zip(X[i], X[j])) <= exact_e2
    nb = [np.flatnonzero(adj[i]) for i in range(n)]
    labels = [-1] * n
    c = 0
    for i in range(n):
        if labels[i] != -1 or len(nb[i]) < min_samples:
            continue
        labels[i] = c
        q = deque([i])
        while q:
            for k in nb[q.popleft()]:
                if labels[k] == -1:
                    labels[k] = c
                    if len(nb[k]) >= min_samples:
                        q.append(k)
        c += 1
    return np.array(labels)
