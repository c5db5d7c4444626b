import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0], [2.0]]), np.array([2.0, 4.0]), 0.1, 1, [1, 0], name="one epoch, reversed order"),
        case(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([1.0, -1.0, 0.0]), 0.05, 5, [0, 1, 2], name="five epochs"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, 1.0]]), np.array([3.0]), 0.1, 4, [0], name="a single sample"),
        case(np.array([[1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 3.0]), 0.05, 3, [2, 0, 1], name="a permuted order"),
        case(np.array([[1.0, 4.0], [2.0, 4.0], [3.0, 4.0]]), np.array([2.0, 1.0, 0.0]), 0.005, 6, [1, 2, 0], name="a constant feature"),
        case(np.array([[1.0], [2.0]]), np.array([1.0, 5.0]), 0.05, 2, [1, 1, 0], name="an index visited twice"),
    ]
    for n, d, ep in ((10, 2, 3), (30, 4, 2), (60, 3, 1)):
        X = rng.normal(size=(n, d))
        y = X @ rng.normal(size=d) + 0.5 + 0.1 * rng.normal(size=n)
        cases.append(case(X, y, 0.02, ep, rng.permutation(n).tolist(), name=f"random {n}x{d}, {ep} epochs"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), y (n,), lr > 0, epochs >= 1, order a list of indices into 0..n-1."""
    X, y, lr, epochs, order = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1, "X must be an (n, d) array"
    assert isinstance(y, np.ndarray) and y.shape == (X.shape[0],), f"y has shape {np.shape(y)}, X has {X.shape[0]} rows"
    assert lr > 0, f"lr = {lr!r} must be positive"
    assert type(epochs) is int and epochs >= 1, f"epochs = {epochs!r}: at least 1"
    assert isinstance(order, list) and order, "order must be a non-empty list"
    assert all(type(i) is int and 0 <= i < X.shape[0] for i in order), "order holds an index outside 0..n-1"
