import numpy as np

from offerloop.judge.cases import case, follow_up


def visible():
    return [
        case(np.array([[0.0, 0.0], [0.0, 1.0], [10.0, 10.0], [10.0, 11.0]]), 2, name="two obvious groups"),
        case(np.array([[1.0], [2.0], [3.0]]), 1, name="k = 1: the mean"),
    ]


def _blobs(rng, n, d, k, spread):
    centres = rng.uniform(-50, 50, size=(k, d))
    idx = rng.integers(0, k, size=n)
    return centres[idx] + rng.normal(scale=spread, size=(n, d))


def hidden(rng):
    cases = [
        case(np.array([[5.0, 5.0]]), 1, name="a single sample"),
        case(np.array([[0.0], [1.0], [2.0], [3.0]]), 4, name="k = n"),
        case(np.array([[1e6, 2e6], [1e6 + 1, 2e6], [5e6, 1e6], [5e6, 1e6 + 2]]), 2, name="large values"),
        case(np.array([[0.0], [0.1], [0.2], [10.0]]), 3, name="a tight group and a far point"),
    ]
    for n, d, k, spread in ((60, 2, 3, 1.0), (120, 3, 4, 2.0), (40, 5, 2, 0.5), (80, 2, 5, 8.0)):
        cases.append(case(_blobs(rng, n, d, k, spread), k, max_iters=500, name=f"{k} blobs in {d}-d"))
    cases.append(case(rng.normal(size=(50, 2)), 3, max_iters=500, name="no real clusters"))
    return cases


EMPTY = "What if a cluster ends up empty (duplicated points, or fewer distinct points than k)?"


def follow_ups():
    return [
        follow_up(EMPTY, case(np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 1.0], [9.0, 9.0]]), 2, name="duplicate points")),
        follow_up(EMPTY, case(np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 1.0], [2.0, 2.0]]), 3,
                              name="fewer distinct points than k")),
        follow_up(EMPTY, case(np.array([[0.0, 0.0]] * 20 + [[5.0, 5.0], [10.0, 0.0]]), 3,
                              name="twenty copies of one point and two lone points")),
    ]


def check_case(args, kwargs):
    """The main cases' promise: X is (n, d) with at least k distinct points, 1 <= k <= n."""
    X, k = np.asarray(args[0], dtype=float), args[1]
    assert X.ndim == 2 and 1 <= k <= X.shape[0], "X must be (n, d) with 1 <= k <= n"
    assert len(np.unique(X, axis=0)) == X.shape[0], "the main cases hold distinct points (duplicates are a follow-up)"


def check(args, kwargs, output, expected):
    X, k = np.asarray(args[0], dtype=float), args[1]
    if not isinstance(output, (tuple, list)) or len(output) != 2:
        return False, "return a pair (centroids, labels)"
    C, labels = np.asarray(output[0]), np.asarray(output[1])
    n, d = X.shape
    if C.shape != (k, d):
        return False, f"centroids have shape {C.shape}, expected {(k, d)}"
    if labels.shape != (n,):
        return False, f"labels have shape {labels.shape}, expected {(n,)}"
    if C.dtype.kind not in "fiu" or labels.dtype.kind not in "iu" and not (labels.dtype.kind == "f" and np.all(labels == np.round(labels))):
        return False, "centroids must be numbers and labels integers"
    labels = labels.astype(int)
    if labels.min() < 0 or labels.max() >= k:
        return False, f"labels must be in 0..{k - 1}"
    C = C.astype(float)
    if not np.all(np.isfinite(C)):
        return False, "centroids must be finite"
    scale = max(1.0, float(np.abs(X).max()))
    tol = 1e-6 * scale
    lo, hi = X.min(axis=0) - tol, X.max(axis=0) + tol
    if np.any(C < lo) or np.any(C > hi):
        return False, "a centroid lies outside the data's range (initialise from data points)"
    dist = np.sqrt(((X[:, None, :] - C[None]) ** 2).sum(axis=2))
    own = dist[np.arange(n), labels]
    if np.any(own > dist.min(axis=1) + tol):
        i = int(np.argmax(own - dist.min(axis=1)))
        return False, f"point {i} is not assigned to its nearest centroid (not converged)"
    for j in range(k):
        members = X[labels == j]
        if len(members) and not np.allclose(C[j], members.mean(axis=0), rtol=1e-6, atol=tol):
            return False, f"centroid {j} is not the mean of its points (not converged)"
    # k identical centroids at the mean with every label 0 passes the two checks above; it is not
    # a clustering. With at least k distinct points, every cluster must have a member.
    counts = np.bincount(labels, minlength=k)
    distinct = len(np.unique(X, axis=0))
    if np.any(counts == 0) and distinct >= k:
        j = int(np.argmin(counts))
        if distinct < n:  # duplicated points: the follow-up asks that no cluster stays empty
            return False, f"cluster {j} is empty although the data has at least k = {k} distinct points"
        # Distinct points (the main cases): a cluster Lloyd's steps abandoned may stay empty, but its
        # centroid must be away from every point (centroids piled on one spot are not a clustering).
        for j in np.flatnonzero(counts == 0):
            close = np.flatnonzero(dist[:, j] <= own + tol)
            if len(close):
                return False, (f"cluster {int(j)} is empty, yet point {int(close[0])} is as close to its centroid as to its "
                               "own (centroids on one spot are not a clustering)")
    return True, ""
