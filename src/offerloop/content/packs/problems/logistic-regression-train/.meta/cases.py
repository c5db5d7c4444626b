import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([0.0, 0.0, 1.0, 1.0]), 0.5, 2, name="two steps"),
        case(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([1.0, 0.0, 1.0]), 0.1, 100, name="a hundred steps"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, 2.0]]), np.array([1.0]), 0.3, 5, name="a single sample"),
        case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([0.0, 1.0]), 0.1, 0, name="zero iterations"),
        case(np.array([[2.0, 1.0], [4.0, 1.0], [-1.0, 1.0]]), np.array([1.0, 1.0, 0.0]), 0.2, 30, name="a constant feature"),
        case(np.array([[50.0], [-60.0], [80.0]]), np.array([1.0, 0.0, 1.0]), 0.5, 20, name="large values saturate the sigmoid"),
    ]
    for n, d, k in ((20, 2, 50), (60, 4, 25), (150, 3, 10)):
        X = rng.normal(size=(n, d))
        y = ((X @ rng.normal(size=d) + 0.5 * rng.normal(size=n)) > 0).astype(float)
        cases.append(case(X, y, 0.3, k, name=f"random {n}x{d}, {k} steps"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), y (n,) 0/1 labels, a positive learning rate, num_iters >= 0."""
    X, y, lr, iters = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1 and X.shape[1] >= 1, "X must be (n, d)"
    assert np.all(np.isfinite(X)), "X must be finite"
    assert isinstance(y, np.ndarray) and y.shape == (X.shape[0],) and np.all((y == 0) | (y == 1)), "y must be n labels in {0, 1}"
    assert isinstance(lr, float) and lr > 0, f"lr = {lr!r} must be positive"
    assert type(iters) is int and iters >= 0, f"num_iters = {iters!r} must be a non-negative int"
