import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0], [5.0], [6.5], [20.0]]), 2, name="five points, two clusters"),
        case(np.array([[0.0, 0.0], [0.0, 1.1], [5.0, 5.0], [5.2, 6.0]]), 3, name="three clusters"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[4.0, 4.0]]), 1, name="a single point"),
        case(np.array([[0.0], [3.0], [7.0]]), 3, name="k = n: every point alone"),
        case(np.array([[0.0], [3.0], [7.0]]), 1, name="k = 1: one cluster"),
        case(np.array([[0.0], [1.0], [2.1], [3.3], [10.0], [10.5]]), 2, name="a chain single linkage follows"),
        case(np.array([[9.0], [0.0], [8.2], [1.0]]), 2, name="labels in order of first appearance"),
    ]
    for n, k in ((20, 3), (50, 4)):
        centres = rng.normal(size=(k, 2)) * 6
        X = centres[np.arange(n) % k] + rng.normal(size=(n, 2))
        cases.append(case(X, k, name=f"random blobs n={n}, k={k}"))
    return cases


def check_case(args, kwargs):
    """Shapes, 1 <= k <= n, and no two pairwise distances within 1e-9 (relative) of each other."""
    X, k = args
    assert isinstance(X, np.ndarray) and X.ndim == 2, "X must be an (n, d) array"
    n = len(X)
    assert type(k) is int and 1 <= k <= n, f"k = {k} with n = {n}"
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    d = np.sort(D[np.triu_indices(n, 1)])
    if len(d) > 1:
        gaps = np.diff(d) <= 1e-9 * np.maximum(d[1:], 1e-300)
        assert not gaps.any(), f"two pairs of points are both {d[1:][gaps][0]:.6g} apart: the prompt promises no tied distances"
