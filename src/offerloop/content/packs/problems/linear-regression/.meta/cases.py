import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]), np.array([3.0, 5.0, 7.0]), name="a line through three points"),
        case(np.array([[2.0], [4.0]]), np.array([1.0, 2.0]), name="one feature, exact fit"),
    ]


def _noisy(rng, n, d, scale=1.0):
    X = rng.normal(size=(n, d)) * scale
    w = rng.normal(size=d)
    y = X @ w + 0.1 * rng.normal(size=n)
    return X, y


def hidden(rng):
    cases = [
        case(np.array([[3.0, 1.0]]), np.array([5.0]), name="a single sample (underdetermined)"),
        case(np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]), np.array([1.0, 2.0, 3.5]), name="collinear columns"),
        case(np.array([[1.0, 5.0], [1.0, 5.0], [1.0, 5.0], [1.0, 5.0]]), np.array([1.0, 2.0, 3.0, 4.0]), name="a constant feature"),
        case(np.array([[1e6, 1.0], [2e6, 1.0], [3e6, 1.0]]), np.array([2e6, 4e6, 6e6]), name="large values"),
    ]
    for n, d in ((50, 3), (200, 8), (7, 7), (1000, 2)):
        X, y = _noisy(rng, n, d)
        cases.append(case(X, y, name=f"noisy {n}x{d}"))
    X, y = _noisy(rng, 100, 4)
    cases.append(case(X, y - 10.0, name="targets far from zero"))
    return cases
