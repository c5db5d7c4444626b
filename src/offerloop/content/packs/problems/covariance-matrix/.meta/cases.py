import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]), name="perfectly correlated"),
        case(np.array([[1.0, 0.0, 5.0], [0.0, 1.0, 5.0], [-1.0, 0.0, 5.0], [0.0, -1.0, 5.0]]), name="a constant feature"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, 3.0], [3.0, 1.0]]), name="two samples"),
        case(np.array([[2.0], [4.0], [9.0]]), name="a single feature"),
        case(rng.normal(size=(40, 3)) + 1e8, name="a large offset"),
    ]
    for n, d in ((5, 4), (30, 2), (200, 6)):
        X = rng.normal(size=(n, d)) @ rng.normal(size=(d, d)) + rng.uniform(-5, 5, size=d)
        cases.append(case(X, name=f"random {n}x{d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a finite float (n, d) matrix with n >= 2."""
    (X,) = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 2 and X.shape[1] >= 1, "X must be (n, d) with n >= 2"
    assert np.all(np.isfinite(X)), "X must be finite"
