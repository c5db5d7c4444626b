import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0], [2.0], [3.0]]), np.array([2.0, 4.0, 6.0]), 1.0, name="a line"),
        case(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 1.0]]), np.array([1.0, 2.0, 3.0, 4.0]), 0.5, name="two features"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, 3.0]]), np.array([5.0]), 1.0, name="a single sample"),
        case(np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]), np.array([1.0, 2.0, 2.5]), 0.1, name="collinear features"),
        case(np.array([[1.0, 7.0], [2.0, 7.0], [4.0, 7.0]]), np.array([3.0, 5.0, 9.0]), 2.0, name="a constant feature"),
        case(rng.normal(size=(5, 8)), rng.normal(size=5), 1.0, name="more features than samples"),
        case(np.array([[1.0], [2.0], [3.0]]), np.array([1000.0, 1002.0, 1004.0]), 3.0, name="a large intercept"),
    ]
    for n, d, lam in ((20, 3, 0.5), (100, 5, 10.0), (50, 2, 100.0)):
        X = rng.normal(size=(n, d)) + rng.uniform(-3, 3, size=d)
        y = X @ rng.normal(size=d) + 5.0 + rng.normal(size=n)
        cases.append(case(X, y, lam, name=f"random {n}x{d}, lam={lam}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X is (n, d), y is (n,), lam > 0."""
    X, y, lam = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1 and X.shape[1] >= 1, "X must be an (n, d) array"
    assert isinstance(y, np.ndarray) and y.shape == (X.shape[0],), f"y has shape {np.shape(y)}, X has {X.shape[0]} rows"
    assert lam > 0, f"lam = {lam!r} must be positive (it makes the solution unique)"
