import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 2.0], [2.0, 0.0]]), np.array([1.0, 0.0]), np.zeros(2), 0.0, 0.1, name="from zero weights"),
        case(np.array([[1.0], [-1.0], [2.0]]), np.array([1.0, 0.0, 1.0]), np.array([0.5]), -0.2, 0.5, name="one feature"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0, -1.0]]), np.array([0.0]), np.array([0.2, 0.1]), 0.3, 1.0, name="a single sample"),
        case(np.array([[1.0, 5.0], [2.0, 5.0], [3.0, 5.0]]), np.array([0.0, 1.0, 1.0]), np.array([0.1, -0.1]), 0.0, 0.2, name="a constant feature"),
        case(np.array([[100.0, -300.0], [-200.0, 400.0]]), np.array([0.0, 1.0]), np.array([2.0, 1.0]), 0.5, 0.01, name="saturated logits"),
        case(np.array([[1.0, 1.0], [2.0, 2.0]]), np.array([1.0, 1.0]), np.array([0.0, 0.0]), 1.0, 0.3, name="every label is 1"),
    ]
    for n, d in ((10, 3), (50, 5), (200, 2)):
        X = rng.normal(size=(n, d))
        y = (rng.random(n) < 0.5).astype(float)
        cases.append(case(X, y, rng.normal(size=d), float(rng.normal()), 0.1, name=f"random {n}x{d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), y (n,) in {0, 1}, w (d,), a float bias and learning rate."""
    X, y, w, b, lr = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1 and X.shape[1] >= 1, "X must be (n, d)"
    n, d = X.shape
    assert isinstance(y, np.ndarray) and y.shape == (n,) and np.all((y == 0) | (y == 1)), f"y must be ({n},) labels in {{0, 1}}"
    assert isinstance(w, np.ndarray) and w.shape == (d,), f"w is {w.shape}, expected ({d},)"
    assert all(np.all(np.isfinite(a)) for a in (X, w)), "inputs must be finite"
    assert isinstance(b, float) and np.isfinite(b), f"b = {b!r} must be a finite float"
    assert isinstance(lr, float) and lr > 0, f"lr = {lr!r} must be positive"
