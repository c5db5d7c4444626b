import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0], [2.0]]), np.array([2.0, 4.0]), 0.1, 1, name="one step"),
        case(np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), np.array([1.0, 2.0, 3.0]), 0.1, 200, name="two hundred steps"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0]]), np.array([6.0]), 0.05, 10, name="a single sample"),
        case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([1.0, 1.0]), 0.1, 0, name="zero iterations"),
        case(np.array([[1.0, 7.0], [2.0, 7.0], [3.0, 7.0]]), np.array([1.0, 3.0, 5.0]), 0.005, 40, name="a constant feature"),
        case(np.array([[1.0], [2.0], [3.0]]), np.array([1e6, 2e6, 3e6]), 0.05, 25, name="large targets"),
    ]
    for n, d, k in ((20, 2, 30), (80, 4, 60), (300, 3, 15)):
        X = rng.normal(size=(n, d))
        y = X @ rng.normal(size=d) + rng.normal() + 0.1 * rng.normal(size=n)
        cases.append(case(X, y, 0.05, k, name=f"random {n}x{d}, {k} steps"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), y (n,), a positive learning rate, num_iters >= 0."""
    X, y, lr, iters = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1 and X.shape[1] >= 1, "X must be (n, d)"
    assert isinstance(y, np.ndarray) and y.shape == (X.shape[0],), f"y is {y.shape}, expected ({X.shape[0]},)"
    assert np.all(np.isfinite(X)) and np.all(np.isfinite(y)), "inputs must be finite"
    assert isinstance(lr, float) and lr > 0, f"lr = {lr!r} must be positive"
    assert type(iters) is int and iters >= 0, f"num_iters = {iters!r} must be a non-negative int"
