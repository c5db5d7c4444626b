from fractions import Fraction

import numpy as np

from offerloop.judge.cases import case

MARGIN = 1e-6  # every pair's distance is this far from eps, but for exact binary-grid cases


def visible():
    return [
        case(np.array([[0.0], [1.0], [2.0], [3.0], [10.0], [11.0], [30.0]]), 1.0, 2, name="two chains and an outlier"),
        case(np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [5.0, 5.0]]), 1.5, 3, name="one dense group"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[4.0, 4.0]]), 1.0, 1, name="a single point, min_samples = 1"),
        case(np.array([[4.0, 4.0]]), 1.0, 2, name="a single point is noise"),
        case(np.array([[0.0], [2.0], [4.0]]), 2.0, 2, name="distance exactly eps"),
        case(np.array([[0.0], [0.5], [1.5], [2.5], [3.0]]), 1.0, 3, name="a border point between two clusters"),
        case(np.array([[5.0], [0.0], [0.5], [4.5], [2.5]]), 1.0, 2, name="noise before its cluster is found"),
        case(np.array([[0.0], [0.05], [0.1], [0.15], [0.2], [0.6], [1.0], [1.05], [1.1], [1.15], [1.2]]), 0.42, 4,
             name="a border point must not chain clusters"),
        case(np.array([[0.0], [0.0], [0.0], [9.0]]), 0.5, 3, name="duplicates"),
    ]
    for n, eps, m in ((30, 0.8, 3), (60, 0.5, 4)):
        centres = rng.normal(size=(3, 2)) * 4
        X = centres[np.arange(n) % 3] + rng.normal(size=(n, 2)) * 0.6
        X = np.round(np.vstack([X, rng.uniform(-10, 10, size=(5, 2))]), 2)
        while _near_eps(X, eps) is not None:
            # Two decimals put some pairs at exactly eps (0.3, 0.4 -> 0.5), where the ways of
            # computing a distance round differently: move one point of such a pair a little.
            i = _near_eps(X, eps)[0]
            X[i] = np.round(X[i] + rng.uniform(-0.05, 0.05, size=2), 2)
        cases.append(case(X, eps, m, name=f"random blobs with noise n={n + 5}"))
    return cases


def _near_eps(X, eps):
    """The first pair (i, j) whose distance is within MARGIN of eps, or None."""
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    close = np.argwhere(np.abs(D - eps) <= MARGIN)
    return tuple(int(v) for v in close[0]) if len(close) else None


def check_case(args, kwargs):
    """Shapes and ranges, and no pair at eps unless exactly, on a coarse binary grid (exact in floats)."""
    X, eps, min_samples = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1, "X must be an (n, d) array"
    assert eps > 0 and type(min_samples) is int and min_samples >= 1, f"eps {eps}, min_samples {min_samples}"
    near = _near_eps(X, eps)
    if near is None:
        return
    i, j = near
    d2 = sum((Fraction(float(a)) - Fraction(float(b))) ** 2 for a, b in zip(X[i], X[j]))
    assert d2 == Fraction(eps) ** 2, f"points {i} and {j} are within {MARGIN:g} of eps but not exactly at it"
    # Multiples of 1/1024 below 1024 in size: squares and sums stay exact in every formula.
    grid = np.all(X * 1024 == np.round(X * 1024)) and np.all(np.abs(X) < 1024) and float(eps) * 1024 == round(float(eps) * 1024)
    assert grid, f"points {i} and {j} are exactly eps apart: use coarse binary fractions so every formula is exact"
