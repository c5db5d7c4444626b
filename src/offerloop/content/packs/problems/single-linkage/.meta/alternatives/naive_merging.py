import numpy as np


def single_linkage(X, k):
    # Literal agglomeration on a cluster-distance matrix: merge the closest pair, and the merged
    # cluster's distance to any other is the smaller of its two parts' (single linkage).
    X = np.asarray(X, dtype=float)
    n = len(X)
    C = np.linalg.norm(X[:, None, :] - X[None, :, :], axis=-1)
    np.fill_diagonal(C, np.inf)
    members = {i: [i] for i in range(n)}
    while len(members) > k:
        a, b = np.unravel_index(np.argmin(C), C.shape)
        a, b = min(a, b), max(a, b)
        members[a] += members.pop(b)
        C[a, :] = np.minimum(C[a, :], C[b, :])
        C[:, a] = C[a, :]
        C[a, a] = np.inf
        C[b, :] = np.inf
        C[:, b] = np.inf
    labels = np.empty(n, dtype=int)
    for c, key in enumerate(sorted(members, key=lambda r: min(members[r]))):
        labels[members[key]] = c  # canonical: clusters numbered by their first point
    return labels
